"""SimplCommerce catalogue export (en, fr) from the Fashion sample data that SimplCommerce's
SampleData module loads into a new store (simplcommerce/SimplCommerce, Apache-2.0), at 8cea8afb.

Usage: python3 convert.py GITDIR OUT [--lang en|fr]

Reads with `git show` (no repository code runs)
src/Modules/SimplCommerce.Module.SampleData/SampleContent/Fashion/ResetToSampleData.sql (the
SQL Server script's INSERT statements for Catalog_Brand, Catalog_Category, Catalog_Product and
Catalog_ProductCategory) and, for --lang fr, src/Database/StaticData-FR.sql (the fr-FR rows of
Localization_Resource: SimplCommerce's own French labels, keyed by the English label).
SimplCommerce's admin has no catalogue export, so each file is headed by the labels of its
admin forms and grids (wwwroot/admin/product/product-form.html and product-list.html,
category/category-form.html, brand/brand-form.html), translated the way the admin translates
them (a label with no fr-FR resource stays English, as the admin shows it). Writes
products.csv, categories.csv and brands.csv, rows in id order, deleted rows left out, as are
columns no row fills (meta title, SKU, GTIN, special prices...). Values as the admin shows
them: Yes/No (Oui/Non) for flags, prices as written (the store currency, USD), the
DateTimeOffset as written (ISO 8601 with offset), a brand, parent category or category list by
name (a product's categories joined by ';'). UTF-8, comma, LF.
"""
import csv
import os
import re
import subprocess
import sys

COMMIT = "8cea8afb2d76193f347b5419d8cb3f2c4cd07f2a"
SAMPLE = "src/Modules/SimplCommerce.Module.SampleData/SampleContent/Fashion/ResetToSampleData.sql"
LABELS = {"fr": "src/Database/StaticData-FR.sql"}


def show(gitdir, path):
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                         check=True, capture_output=True).stdout.decode("utf-8-sig")
    return out.replace("\r\n", "\n")


def values(text):
    """The values of one VALUES (...) list: N'..' strings, NULL, numbers, CAST(x AS t)."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c in " ,\n\t":
            i += 1
        elif text.startswith("CAST(", i):
            j = i + 5
            if text[j] == "N":
                j += 1
            if text[j] == "'":
                s, j = string(text, j)
            else:
                k = text.index(" AS ", j)
                s, j = text[j:k], k
            depth = 1
            while depth:
                if text[j] == "(":
                    depth += 1
                elif text[j] == ")":
                    depth -= 1
                j += 1
            out.append(s)
            i = j
        elif c == "N" and text[i + 1] == "'" or c == "'":
            s, i = string(text, i + 1 if c == "N" else i)
            out.append(s)
        elif text.startswith("NULL", i):
            out.append(None)
            i += 4
        else:
            m = re.match(r"-?[0-9.]+", text[i:])
            out.append(m.group(0))
            i += len(m.group(0))
    return out


def string(text, i):
    assert text[i] == "'"
    j, buf = i + 1, []
    while True:
        if text[j] == "'":
            if text[j + 1:j + 2] == "'":
                buf.append("'")
                j += 2
                continue
            return "".join(buf), j + 1
        buf.append(text[j])
        j += 1


def table(sql, name):
    rows = []
    pat = re.compile(r"^INSERT \[dbo\]\.\[" + name + r"\] \(([^)]*)\) VALUES \((.*)\)\s*$", re.M)
    for m in pat.finditer(sql):
        cols = [c.strip(" []") for c in m.group(1).split(",")]
        vals = values(m.group(2))
        assert len(cols) == len(vals), (name, cols, vals)
        rows.append(dict(zip(cols, vals, strict=True)))
    rows.sort(key=lambda r: int(r["Id"]))
    return [r for r in rows if r.get("IsDeleted") != "1"]


def translations(gitdir, lang):
    if lang == "en":
        return {}
    sql = show(gitdir, LABELS[lang])
    out = {}
    pat = r"VALUES \('[a-z]{2}-[A-Za-z]{2}', N'((?:[^']|'')*)', N'((?:[^']|'')*)'\)"
    for m in re.finditer(pat, sql):
        out.setdefault(m.group(1).replace("''", "'"), m.group(2).replace("''", "'"))
    return out


def write(out, name, header, rows, tr):
    used = [i for i in range(len(header)) if any(r[i] not in (None, "") for r in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([tr.get(header[i], header[i]) for i in used])
        for r in rows:
            w.writerow(["" if r[i] is None else r[i] for i in used])
    return len(rows)


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
    os.makedirs(out, exist_ok=True)
    sql = show(gitdir, SAMPLE)
    tr = translations(gitdir, lang)

    def yn(v):
        return tr.get("Yes", "Yes") if v == "1" else tr.get("No", "No")

    brands = table(sql, "Catalog_Brand")
    cats = table(sql, "Catalog_Category")
    prods = table(sql, "Catalog_Product")
    links = table(sql, "Catalog_ProductCategory")
    brand_name = {b["Id"]: b["Name"] for b in brands}
    cat_name = {c["Id"]: c["Name"] for c in cats}
    prod_cats = {}
    for link in links:
        prod_cats.setdefault(link["ProductId"], []).append(cat_name[link["CategoryId"]])

    header = ["Name", "Slug", "Short Description", "Description", "Specification", "Price",
              "Old Price", "Special Price", "Special Price Start", "Special Price End", "SKU",
              "GTIN", "Brand", "Category Mapping", "Has Options", "Is Visible Individually",
              "Is Featured", "Is Published", "Is Called For Pricing", "Is Allowed To Order",
              "Enable Stock Tracking", "Stock Quantity", "Meta Title", "Meta Keywords",
              "Meta Description", "Created On"]
    rows = [[p["Name"], p["Slug"], p["ShortDescription"], p["Description"], p["Specification"],
             p["Price"], p["OldPrice"], p["SpecialPrice"], p["SpecialPriceStart"],
             p["SpecialPriceEnd"], p["Sku"], p["Gtin"], brand_name.get(p["BrandId"]),
             ";".join(prod_cats.get(p["Id"], [])), yn(p["HasOptions"]),
             yn(p["IsVisibleIndividually"]), yn(p["IsFeatured"]), yn(p["IsPublished"]),
             yn(p["IsCallForPricing"]), yn(p["IsAllowToOrder"]), yn(p["StockTrackingIsEnabled"]),
             p["StockQuantity"], p["MetaTitle"], p["MetaKeywords"], p["MetaDescription"],
             p["CreatedOn"]] for p in prods]
    counts = {"products.csv": write(out, "products.csv", header, rows, tr)}

    header = ["Name", "Slug", "Parent Category", "Description", "Display Order",
              "Include in Menu", "Is Published", "Meta Title", "Meta Keywords",
              "Meta Description"]
    rows = [[c["Name"], c["Slug"], cat_name.get(c["ParentId"]), c["Description"],
             c["DisplayOrder"], yn(c["IncludeInMenu"]), yn(c["IsPublished"]), c["MetaTitle"],
             c["MetaKeywords"], c["MetaDescription"]] for c in cats]
    counts["categories.csv"] = write(out, "categories.csv", header, rows, tr)

    header = ["Name", "Slug", "Description", "Is Published"]
    rows = [[b["Name"], b["Slug"], b["Description"], yn(b["IsPublished"])] for b in brands]
    counts["brands.csv"] = write(out, "brands.csv", header, rows, tr)
    for name, n in counts.items():
        print(f"{name}\t{n}")


if __name__ == "__main__":
    main()
