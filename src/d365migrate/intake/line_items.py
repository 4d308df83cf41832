"""What a sale's lines sell: the file their item column points into holds products.

A line of an order or an invoice names what it sells by id beside a quantity and a unit
price (Chinook's InvoiceLine: InvoiceId, TrackId, UnitPrice, Quantity). Its id column for
the document is named by the lines' own name ('InvoiceId' in 'InvoiceLine'); any other id
column names the item sold, whatever word names it ('TrackId', 'sku_id'): the file it
points into is the catalogue, products, even when neither its name nor the column's says
so. Asked by :mod:`.id_references`, which matches the column to that file.
"""

from __future__ import annotations

from d365migrate.intake.kinds import col_norm, kind_of_word, name_word_split, name_words
from d365migrate.intake.remarks import without_remark

__all__ = ["sold_item_columns"]

#: Columns that give a line its quantity, and those that give its unit price (normalised).
QUANTITY = frozenset({"quantity", "qty", "units", "unitcount", "count",
                      "unitqty", "unitquantity"})   # Clover's line items 'unitQty'
UNIT_PRICE = frozenset({"unitprice", "price", "priceperunit", "unitcost", "rate", "listprice",
                        "saleprice", "sellingprice", "unitamount"})
#: The last word of a file's name that makes its rows the lines of a document.
LINE_WORDS = frozenset({"line", "lineitem", "item", "detail", "position", "entry"})


def sold_item_columns(source: str, columns: list[str], key: str | None) -> list[str]:
    """The id columns of a file of sale lines that name the item sold: those that name no
    kind and no word of the file's own name (its document), nor are its key; [] when the
    file is no file of lines (no line word ending its name, or no quantity and unit price)."""
    words = name_words(source)
    norm = {col_norm(without_remark(c)) for c in columns}
    if not (words and words[-1] in LINE_WORDS and norm & QUANTITY and norm & UNIT_PRICE):
        return []
    out = []
    for c in columns:
        cw = name_word_split(without_remark(c))
        if c == key or len(cw) < 2 or cw[-1] != "id":
            continue
        head = cw[:-1]
        if head[-1] in words or col_norm("".join(head)) in words or kind_of_word(head[-1]):
            continue   # the document's id ('InvoiceId'), or a kind's ('ProductId', 'UserId')
        out.append(c)
    return out
