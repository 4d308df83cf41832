"""One run of an engagement: parameters, run context, the steps, the papermill runner."""
