/** Strings of the attribute table (src/components/table). */
export const tableDa = {
  "table.caption": "Lokaliteter",
  "table.help":
    "Piletasterne flytter mellem cellerne. Enter vælger lokaliteten og redigerer cellen, F2 eller dobbeltklik redigerer, Esc fortryder.",
  "table.col.name": "Navn",
  "table.col.quantity": "Mængde",
  "table.col.unit": "Enhed",
  "table.col.from": "Fra",
  "table.col.to": "Til",
  "table.filter.text": "Søg i navn, id eller kommune",
  "table.filter.all": "Alle",
  "table.count": "{shown} af {total}",
  "table.noRows": "Ingen lokaliteter passer til filteret.",
  "table.edit.label": "{column} for {name}",
  "table.edit.number": "Skriv et tal, fx 1234,5",
} as const;

export const tableEn: Record<keyof typeof tableDa, string> = {
  "table.caption": "Sites",
  "table.help":
    "Arrow keys move between cells. Enter selects the site and edits the cell, F2 or double-click edits, Escape cancels.",
  "table.col.name": "Name",
  "table.col.quantity": "Quantity",
  "table.col.unit": "Unit",
  "table.col.from": "From",
  "table.col.to": "To",
  "table.filter.text": "Search name, id or municipality",
  "table.filter.all": "All",
  "table.count": "{shown} of {total}",
  "table.noRows": "No site matches the filter.",
  "table.edit.label": "{column} for {name}",
  "table.edit.number": "Enter a number, e.g. 1234.5",
};
