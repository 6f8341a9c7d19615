/**
 * The attribute table on its own, with made-up sites. Its edits go through the document's
 * real transactions, as the app's would, so a refused edit carries the schema's message.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AttributeTable } from "../../src/components/table/AttributeTable";
import type { Site, SiteProperties } from "../../src/domain/site";
import { documentFromSites, siteList } from "../../src/state/document/siteDocument";
import { applyTransaction, updateSite } from "../../src/state/document/transactions";
import { useViewStore } from "../../src/state/viewStore";
import { pointSite, receiver, source } from "../unit/helpers";

const NAMES: Record<string, string> = { "0101": "København", "0147": "Frederiksberg", "0400": "Bornholm" };
const municipalityName = (code: string) => NAMES[code] ?? code;

const SITES: Site[] = [
  source("a", 12.6, 55.7, {
    name: "Metro Nordhavn",
    municipalityCode: "0101",
    quantity: 18_500,
    status: "active",
  }),
  receiver("b", 12.5, 55.68, { name: "Støjvold Nord", municipalityCode: "0147", quantity: 2000 }),
  pointSite(12.2, 55.8, {
    id: "c",
    kind: "pit",
    name: "Ølstykke Grusgrav",
    material: "gravel",
    quantity: 90_000,
  }),
  source("d", 14.7, 55.1, { name: "Boliger Rønne", municipalityCode: "0400", quantity: 750.5 }),
  receiver("e", 12.6, 55.7, { name: "<img src=x onerror=alert(1)><b>fed</b>", municipalityCode: "0101" }),
];

function Harness(props: {
  sites: Site[];
  onEdit?(id: string, patch: Partial<SiteProperties>): void;
  onSelect?(id: string): void;
  onFilteredChange?(ids: readonly string[]): void;
}) {
  const [doc, setDoc] = useState(() => documentFromSites(props.sites));
  return (
    <AttributeTable
      sites={siteList(doc)}
      municipalityName={municipalityName}
      selectedId={null}
      onSelect={props.onSelect ?? (() => {})}
      onEdit={(id, patch) => {
        props.onEdit?.(id, patch);
        const result = applyTransaction(doc, updateSite(id, patch));
        if (!result.ok) return { ok: false, message: result.issues.map((i) => i.message).join("; ") };
        setDoc(result.doc);
        return { ok: true };
      }}
      onFilteredChange={props.onFilteredChange}
    />
  );
}

function renderTable(props: Partial<Parameters<typeof Harness>[0]> = {}) {
  const user = userEvent.setup();
  const view = render(<Harness sites={SITES} {...props} />);
  return { ...view, user, grid: screen.getByRole("grid", { name: "Lokaliteter" }) };
}

// Rows with cells (spacer rows have none). Cells are found as <td>: browsers expose them as
// gridcells in a grid, which dom-testing-library's role query does not model.
const bodyRows = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole("row")
    .filter((r) => r.querySelector("td"));
const cells = (row: Element) => [...row.querySelectorAll("td")];
const column = (grid: HTMLElement, index: number) => bodyRows(grid).map((r) => cells(r)[index]?.textContent);
const cellOf = (grid: HTMLElement, name: string, index: number) => {
  const row = bodyRows(grid).find((r) => cells(r)[0]?.textContent === name);
  return cells(row as HTMLElement)[index] as HTMLElement;
};
const NAME = 0;
const KIND = 1;
const QUANTITY = 5;

beforeEach(() => {
  useViewStore.setState(useViewStore.getInitialState(), true);
});

describe("the attribute table", () => {
  it("sorts by quantity both ways, numerically", async () => {
    const { grid, user } = renderTable();
    const header = screen.getByRole("columnheader", { name: /Mængde/ });
    expect(header.getAttribute("aria-sort")).toBe("none");
    await user.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    expect(column(grid, QUANTITY)).toEqual(["750,5", "1.000", "2.000", "18.500", "90.000"]);
    await user.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("descending");
    expect(column(grid, QUANTITY)).toEqual(["90.000", "18.500", "2.000", "1.000", "750,5"]);
  });

  it("sorts names with Danish collation", async () => {
    const { grid, user } = renderTable();
    await user.click(screen.getByRole("button", { name: "Navn" }));
    expect(column(grid, NAME)).toEqual([
      "<img src=x onerror=alert(1)><b>fed</b>",
      "Boliger Rønne",
      "Metro Nordhavn",
      "Støjvold Nord",
      "Ølstykke Grusgrav",
    ]);
  });

  it("filters by text and kind and says how many rows pass", async () => {
    const onFilteredChange = vi.fn();
    const { grid, user } = renderTable({ onFilteredChange });
    expect(screen.getByText("5 af 5")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Søg i navn, id eller kommune"), "nord");
    await screen.findByText("2 af 5");
    expect(column(grid, NAME)).toEqual(["Metro Nordhavn", "Støjvold Nord"]);
    expect(grid.getAttribute("aria-rowcount")).toBe("3");
    expect(onFilteredChange).toHaveBeenLastCalledWith(["a", "b"]);

    await user.selectOptions(screen.getByLabelText("Type"), "receiver");
    await screen.findByText("1 af 5");
    expect(column(grid, NAME)).toEqual(["Støjvold Nord"]);
    expect(column(grid, KIND)).toEqual(["Modtager"]);

    // A municipality's name finds its sites too.
    await user.selectOptions(screen.getByLabelText("Type"), "");
    await user.clear(screen.getByLabelText("Søg i navn, id eller kommune"));
    await user.type(screen.getByLabelText("Søg i navn, id eller kommune"), "bornholm");
    await screen.findByText("1 af 5");
    expect(column(grid, NAME)).toEqual(["Boliger Rønne"]);
  });

  it("edits a quantity in place, with a decimal comma or point", async () => {
    const onEdit = vi.fn();
    const { grid, user } = renderTable({ onEdit });
    await user.dblClick(cellOf(grid, "Støjvold Nord", QUANTITY));
    const editor = screen.getByRole("textbox", { name: "Mængde for Støjvold Nord" });
    expect((editor as HTMLInputElement).value).toBe("2000");
    await user.clear(editor);
    await user.type(editor, "1234,5{Enter}");
    expect(onEdit).toHaveBeenCalledWith("b", { quantity: 1234.5 });
    expect(screen.queryByRole("textbox", { name: /Mængde for/ })).toBeNull();
    expect(cellOf(grid, "Støjvold Nord", QUANTITY).textContent).toBe("1.234,5");

    await user.dblClick(cellOf(grid, "Støjvold Nord", QUANTITY));
    const again = screen.getByRole("textbox", { name: "Mængde for Støjvold Nord" });
    expect((again as HTMLInputElement).value).toBe("1234,5");
    await user.clear(again);
    await user.type(again, "1500.25{Enter}");
    expect(onEdit).toHaveBeenLastCalledWith("b", { quantity: 1500.25 });
    expect(cellOf(grid, "Støjvold Nord", QUANTITY).textContent).toBe("1.500,25");
  });

  it("refuses text that is no number, at the cell, without calling onEdit", async () => {
    const onEdit = vi.fn();
    const { grid, user } = renderTable({ onEdit });
    const cell = cellOf(grid, "Metro Nordhavn", QUANTITY);
    await user.dblClick(cell);
    const editor = screen.getByRole("textbox", { name: "Mængde for Metro Nordhavn" });
    await user.clear(editor);
    await user.type(editor, "abc{Enter}");
    expect(within(cell).getByRole("alert").textContent).toBe("Skriv et tal, fx 1234,5");
    expect(onEdit).not.toHaveBeenCalled();
    expect((editor as HTMLInputElement).value).toBe("abc");
    expect(editor.getAttribute("aria-invalid")).toBe("true");
  });

  it("keeps the editor and the user's value when the document refuses the edit", async () => {
    const onEdit = vi.fn();
    const { grid, user } = renderTable({ onEdit });
    const cell = cellOf(grid, "Metro Nordhavn", QUANTITY);
    await user.dblClick(cell);
    const editor = screen.getByRole("textbox", { name: "Mængde for Metro Nordhavn" });
    await user.clear(editor);
    await user.type(editor, "-5{Enter}");
    expect(onEdit).toHaveBeenCalledWith("a", { quantity: -5 });
    expect(within(cell).getByRole("alert").textContent).toBe("quantity is negative");
    expect((screen.getByRole("textbox", { name: /Mængde for/ }) as HTMLInputElement).value).toBe("-5");

    // Leaving the field tries again and still keeps the input; another cell cannot open meanwhile.
    await user.click(screen.getByLabelText("Søg i navn, id eller kommune"));
    await user.dblClick(cellOf(grid, "Boliger Rønne", QUANTITY));
    expect(screen.getAllByRole("textbox", { name: /Mængde for/ })).toHaveLength(1);
    expect((screen.getByRole("textbox", { name: /Mængde for/ }) as HTMLInputElement).value).toBe("-5");
    expect(cellOf(grid, "Metro Nordhavn", QUANTITY).textContent).toContain("quantity is negative");
  });

  it("cancels an edit with Escape and returns to the cell", async () => {
    const onEdit = vi.fn();
    const { grid, user } = renderTable({ onEdit });
    await user.dblClick(cellOf(grid, "Boliger Rønne", QUANTITY));
    const editor = screen.getByRole("textbox", { name: "Mængde for Boliger Rønne" });
    await user.clear(editor);
    await user.type(editor, "999{Escape}");
    expect(onEdit).not.toHaveBeenCalled();
    expect(screen.queryByRole("textbox", { name: /Mængde for/ })).toBeNull();
    const cell = cellOf(grid, "Boliger Rønne", QUANTITY);
    expect(cell.textContent).toBe("750,5");
    expect(document.activeElement).toBe(cell);
  });

  it("shows markup in a name as text, and edits a name as text", async () => {
    const onEdit = vi.fn();
    const { grid, user, container } = renderTable({ onEdit });
    const cell = cellOf(grid, "<img src=x onerror=alert(1)><b>fed</b>", NAME);
    expect(container.querySelector("tbody img, tbody b")).toBeNull();
    await user.dblClick(cell);
    const editor = screen.getByRole("textbox", { name: /^Navn for/ });
    await user.clear(editor);
    await user.type(editor, "<i>Ny</i> vold{Enter}");
    expect(onEdit).toHaveBeenCalledWith("e", { name: "<i>Ny</i> vold" });
    expect(column(grid, NAME)).toContain("<i>Ny</i> vold");
    expect(container.querySelector("tbody i")).toBeNull();
  });

  it("edits an enum with a select", async () => {
    const onEdit = vi.fn();
    const { grid, user } = renderTable({ onEdit });
    const STATUS = 7;
    await user.dblClick(cellOf(grid, "Boliger Rønne", STATUS));
    await user.selectOptions(screen.getByRole("combobox", { name: "Status for Boliger Rønne" }), "approved");
    await user.keyboard("{Enter}");
    expect(onEdit).toHaveBeenCalledWith("d", { status: "approved" });
    expect(cellOf(grid, "Boliger Rønne", STATUS).textContent).toBe("Godkendt");

    // "None" removes the property.
    await user.dblClick(cellOf(grid, "Boliger Rønne", STATUS));
    await user.selectOptions(screen.getByRole("combobox", { name: "Status for Boliger Rønne" }), "ingen");
    await user.keyboard("{Enter}");
    expect(onEdit).toHaveBeenLastCalledWith("d", { status: undefined });
    expect(cellOf(grid, "Boliger Rønne", STATUS).textContent).toBe("");
  });

  it("moves the active cell with the arrow keys, selects and edits with Enter, leaves with Tab", async () => {
    const onSelect = vi.fn();
    const onEdit = vi.fn();
    const { grid, user } = renderTable({ onSelect, onEdit });
    await user.click(cellOf(grid, "Metro Nordhavn", NAME));
    expect(onSelect).toHaveBeenLastCalledWith("a");
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(cellOf(grid, "Støjvold Nord", NAME));
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(cellOf(grid, "Støjvold Nord", 2));
    // One cell at a time is in the tab order: the active one.
    expect(grid.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(cellOf(grid, "Støjvold Nord", 11));
    await user.keyboard("{Control>}{Home}{/Control}");
    expect(document.activeElement).toBe(cellOf(grid, "Metro Nordhavn", NAME));

    await user.keyboard("{ArrowDown}{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith("b");
    expect(screen.getByRole("textbox", { name: "Navn for Støjvold Nord" })).toBe(document.activeElement);
    await user.keyboard("{Escape}");
    expect(document.activeElement).toBe(cellOf(grid, "Støjvold Nord", NAME));

    await user.tab();
    expect(grid.contains(document.activeElement)).toBe(false);
    expect(onEdit).not.toHaveBeenCalled();
  });

  it("renders only a window of 50,000 rows and moves through them by keyboard", async () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      source(`s${i}`, 12.5, 55.7, { name: `Lokalitet ${i}`, municipalityCode: "0101", quantity: i }),
    );
    const { grid } = renderTable({ sites: many });
    expect(screen.getByText("50.000 af 50.000")).toBeInTheDocument();
    expect(grid.getAttribute("aria-rowcount")).toBe("50001");
    expect(grid.querySelectorAll("tr").length).toBeLessThan(200);

    // jsdom does no layout and no scrolling: give the scroller its content's height and record
    // where the table asks it to go.
    const scroller = grid.parentElement as HTMLElement;
    Object.defineProperty(scroller, "scrollHeight", { value: 32 + 50_000 * 28 });
    const scrollTo = vi.fn();
    scroller.scrollTo = scrollTo;
    const first = cellOf(grid, "Lokalitet 0", NAME);
    act(() => first.focus());
    fireEvent.keyDown(first, { key: "End", ctrlKey: true });
    // The last row's last cell is rendered and focused, though far below the first screenful.
    await waitFor(() =>
      expect(document.activeElement?.closest("tr")?.getAttribute("aria-rowindex")).toBe("50001"),
    );
    const last = document.activeElement?.closest("tr") as HTMLElement;
    expect(cells(last)[NAME]?.textContent).toBe("Lokalitet 49999");
    expect(document.activeElement).toBe(cells(last)[11]);
    expect(scrollTo.mock.lastCall?.[0].top).toBeGreaterThan(49_000 * 28);
    expect(grid.querySelectorAll("tr").length).toBeLessThan(200);
  });
});
