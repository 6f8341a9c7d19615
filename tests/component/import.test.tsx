import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "./renderApp";

const CSV = [
  "navn;type;jordtype;klasse;mængde;enhed;lon;lat;fra;til",
  "Skole <b>Nord</b>;kilde;ler;1;1.234,5;m3;12,55;55,65;01-03-2027;31-12-2027",
  "Vejudvidelse;kilde;grus;0;800;t;12,56;55,66;2027-01-01;2027-06-30",
  "Negativ;kilde;ler;1;-10;m3;12,57;55,65;;",
  "Ukendt materiale;kilde;guld;1;10;m3;12,57;55,65;;",
].join("\n");

async function openImport() {
  const view = renderApp();
  await waitFor(() =>
    expect(screen.getByRole("checkbox", { name: /Jordkilder/ }).closest("label")?.textContent).toContain(
      "1 stk.",
    ),
  );
  fireEvent.click(screen.getByRole("button", { name: "Importér lokaliteter" }));
  return view;
}

describe("importing sites", () => {
  it("reads a Danish CSV, maps its columns, reports rejected rows and imports the valid ones as one step", async () => {
    await openImport();
    const dialog = screen.getByRole("dialog", { name: "Importér lokaliteter" });
    fireEvent.change(within(dialog).getByLabelText(/indsæt tekst/), { target: { value: CSV } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Læs den indsatte tekst" }));
    await within(dialog).findByText(/csv, 4 poster/);
    expect((within(dialog).getByRole("combobox", { name: "Navn" }) as HTMLSelectElement).value).toBe("navn");
    // No column name says "kind" in the list: without a choice the check says what is missing.
    fireEvent.click(within(dialog).getByRole("button", { name: "Kontrollér" }));
    expect(await within(dialog).findByRole("alert")).toHaveProperty(
      "textContent",
      expect.stringContaining("kind"),
    );
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Type" }), { target: { value: "type" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Kontrollér" }));
    await within(dialog).findByText("2 lokaliteter kan importeres, 2 afvist");
    expect(within(dialog).getByText(/row 4: quantity/i)).toBeInTheDocument();
    expect(within(dialog).getByText(/row 5: material/i)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole("button", { name: "Importér 2 lokaliteter" }));
    await within(dialog).findByText(/2 lokaliteter importeret/);
    expect(screen.getByRole("checkbox", { name: /Jordkilder/ }).closest("label")?.textContent).toContain(
      "3 stk.",
    );
    fireEvent.click(screen.getByRole("button", { name: /Fortryd/ }));
    expect(screen.getByRole("checkbox", { name: /Jordkilder/ }).closest("label")?.textContent).toContain(
      "1 stk.",
    );
  });

  it("asks what to do with ids that already exist", async () => {
    await openImport();
    const dialog = screen.getByRole("dialog", { name: "Importér lokaliteter" });
    const geojson = JSON.stringify({
      type: "FeatureCollection",
      schema: "jordbalance/sites@1",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [12.55, 55.65] },
          properties: {
            id: "src-1",
            kind: "source",
            name: "Ny udgave",
            material: "sand",
            soilClass: 0,
            quantity: 5,
            unit: "t",
          },
        },
      ],
    });
    fireEvent.change(within(dialog).getByLabelText(/indsæt tekst/), { target: { value: geojson } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Læs den indsatte tekst" }));
    fireEvent.click(await within(dialog).findByRole("button", { name: "Kontrollér" }));
    await within(dialog).findByText(/1 id'er findes allerede/);
    fireEvent.click(within(dialog).getByRole("radio", { name: "Behold begge (nyt id)" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Importér 1 lokaliteter" }));
    await within(dialog).findByText(/1 lokaliteter importeret/);
    expect(screen.getByRole("checkbox", { name: /Jordkilder/ }).closest("label")?.textContent).toContain(
      "2 stk.",
    );
  });

  it("says what is wrong with a broken file and keeps the workspace as it was", async () => {
    await openImport();
    const dialog = screen.getByRole("dialog", { name: "Importér lokaliteter" });
    fireEvent.change(within(dialog).getByLabelText(/indsæt tekst/), {
      target: { value: '{"type": "FeatureCollection", "features": [' },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Læs den indsatte tekst" }));
    expect(await within(dialog).findByRole("alert")).toHaveProperty(
      "textContent",
      expect.stringMatching(/indsat\.geojson/),
    );
    expect(screen.getByRole("checkbox", { name: /Jordkilder/ }).closest("label")?.textContent).toContain(
      "1 stk.",
    );
  });
});
