"""Chinook (lerocha/chinook-database, Chinook_Sqlite.sqlite) -> one CSV per table, as an admin
panel exports a database: headers the column names, values as SQLite holds them (NULL
empty), foreign keys as the ids.

Mechanical cut, to keep the export small: Invoice keeps its first 200 rows by InvoiceId,
InvoiceLine the lines of those invoices; Track keeps its first 200 rows by TrackId and every
track a kept line names; Album the albums of kept tracks, Artist the artists of kept albums;
PlaylistTrack the first 200 rows (by PlaylistId, TrackId) whose track is kept. Customer,
Employee, Genre, MediaType and Playlist are whole.

    python convert.py /path/to/Chinook_Sqlite.sqlite OUTDIR
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

CUT = 200


def main(src: str, outdir: str) -> None:
    db = sqlite3.connect(src)

    def rows(table: str, order: str) -> tuple[list[str], list[tuple]]:
        cur = db.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
        return [d[0] for d in cur.description], cur.fetchall()

    out: dict[str, tuple[list[str], list[tuple]]] = {}
    for t, key in (("Customer", "CustomerId"), ("Employee", "EmployeeId"), ("Genre", "GenreId"),
                   ("MediaType", "MediaTypeId"), ("Playlist", "PlaylistId")):
        out[t] = rows(t, key)
    h, inv = rows("Invoice", "InvoiceId")
    out["Invoice"] = (h, inv[:CUT])
    kept_inv = {r[0] for r in inv[:CUT]}
    h, lines = rows("InvoiceLine", "InvoiceLineId")
    lines = [r for r in lines if r[h.index("InvoiceId")] in kept_inv]
    out["InvoiceLine"] = (h, lines)
    kept_tracks = {r[h.index("TrackId")] for r in lines}
    h, tracks = rows("Track", "TrackId")
    kept_tracks |= {r[0] for r in tracks[:CUT]}
    tracks = [r for r in tracks if r[0] in kept_tracks]
    out["Track"] = (h, tracks)
    albums_kept = {r[h.index("AlbumId")] for r in tracks}
    h, albums = rows("Album", "AlbumId")
    albums = [r for r in albums if r[0] in albums_kept]
    out["Album"] = (h, albums)
    artists_kept = {r[h.index("ArtistId")] for r in albums}
    h, artists = rows("Artist", "ArtistId")
    out["Artist"] = (h, [r for r in artists if r[0] in artists_kept])
    h, pt = rows("PlaylistTrack", "PlaylistId, TrackId")
    out["PlaylistTrack"] = (h, [r for r in pt if r[1] in kept_tracks][:CUT])
    for t, (header, data) in out.items():
        with open(Path(outdir) / f"{t}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows([["" if v is None else v for v in r] for r in data])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
