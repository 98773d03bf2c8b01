"""The tagged PDF's structure tree, completed where WeasyPrint 70 leaves it short of ISO 32000-1.

WeasyPrint gives each table header cell (TH) an /ID, which the data cells' /Headers name (so a screen reader
reads "How common: Rare" rather than "Rare"), but writes no IDTree. ISO 32000-1 (14.7.2, table 322) requires
one in the StructTreeRoot whenever an element has an ID: a name tree from each ID to its element, which is
what a reader follows from a /Headers entry to the header.
"""

import pydyf


def add_id_tree(document, pdf: pydyf.PDF) -> None:
    """A WeasyPrint finisher: the StructTreeRoot's IDTree, one flat name tree of every structure element's ID."""
    ids = {}
    for element in pdf.objects:
        if isinstance(element, pydyf.Dictionary) and element.get("Type") == "/StructElem" and "ID" in element:
            ids.setdefault(element["ID"].string, element.reference)
    if not ids:
        return
    names = pydyf.Array()
    # A name tree's keys are sorted by their bytes (ISO 32000-1, 7.9.6): WeasyPrint's IDs are ASCII ("96-0-1").
    for key in sorted(ids, key=str.encode):
        names.extend([pydyf.String(key), ids[key]])
    id_tree = pydyf.Dictionary({"Names": names})
    pdf.add_object(id_tree)
    root = pdf.objects[int(pdf.catalog["StructTreeRoot"].split()[0])]
    root["IDTree"] = id_tree.reference
