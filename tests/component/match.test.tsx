import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useMatchStore } from "../../src/state/matchStore";
import { renderApp } from "./renderApp";

async function openMatch() {
  useMatchStore.setState(useMatchStore.getInitialState(), true);
  const view = renderApp();
  await screen.findByRole("button", { name: "Frederiksberg" });
  await waitFor(() => expect(screen.getByText(/lokaliteter kunne ikke indlæses/)).toBeInTheDocument());
  // The sites are on the map once the workspace has opened.
  await waitFor(() =>
    expect(screen.getByRole("checkbox", { name: /Modtagere/ }).closest("label")?.textContent).toContain(
      "3 stk.",
    ),
  );
  fireEvent.click(screen.getByRole("button", { name: "Optimal match" }));
  return view;
}

describe("the match panel", () => {
  it("runs the match and shows KPIs, the allocation and the flows on the map", async () => {
    const { map } = await openMatch();
    fireEvent.click(screen.getByRole("button", { name: "Beregn optimal match" }));
    const table = await screen.findByRole("table", { name: /Fordeling/ });
    // The source (18,500 t of klasse-1 clay) fills the near noise wall (2,000 t) and the
    // rest goes to the far landscaping site; the klasse 3-4 depot takes nothing.
    const rows = within(table).getAllByRole("row").slice(1);
    const cells = rows
      .map((r) =>
        within(r)
          .queryAllByRole("cell")
          .map((c) => c.textContent),
      )
      .filter((r) => r.length > 0);
    expect(cells).toContainEqual([
      "Metro <img src=x onerror=alert(1)>",
      "Støjvold Nær",
      "2.000",
      expect.any(String),
      "Ja",
    ]);
    expect(cells).toContainEqual([
      "Metro <img src=x onerror=alert(1)>",
      "Landskab Fjern",
      "16.500",
      expect.any(String),
      "Ja",
    ]);
    expect(screen.getByRole("row", { name: /Genbrugt \(t\)/ }).textContent).toContain("18.500");
    const flows = map()
      .calls.filter(([n]) => n === "setFlows")
      .at(-1)?.[1][0] as { features: unknown[] };
    expect(flows.features).toHaveLength(2);
    // The site that fails the schema never reaches the match; nothing else is excluded.
    expect(screen.queryByText(/udeladt af beregningen/)).toBeNull();
  });

  it("re-runs when a parameter changes", async () => {
    await openMatch();
    fireEvent.click(screen.getByRole("button", { name: "Beregn optimal match" }));
    await screen.findByRole("table", { name: /Fordeling \(2 kørsler\)/ });
    // With a 3 km limit only the near noise wall is within reach.
    fireEvent.change(screen.getByLabelText("Maks. kørselsafstand (km)"), { target: { value: "3" } });
    await screen.findByRole("table", { name: /Fordeling \(1 kørsler\)/ });
  });

  it("can be cancelled", async () => {
    await openMatch();
    fireEvent.click(screen.getByRole("button", { name: "Beregn optimal match" }));
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "Annullér" }));
    });
    await screen.findByText("Beregningen blev annulleret.");
    expect(screen.queryByRole("table", { name: /Fordeling/ })).toBeNull();
  });

  it("explains a source's allocation in its details", async () => {
    const { map } = await openMatch();
    fireEvent.click(screen.getByRole("button", { name: "Beregn optimal match" }));
    await screen.findByRole("table", { name: /Fordeling/ });
    fireEvent.click(screen.getByRole("button", { name: "Optimal match" }));
    act(() => map().options.onSiteClick("src-1"));
    expect(screen.getByText(/2.000 t til Støjvold Nær/)).toBeInTheDocument();
  });
});
