import { render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import forecastJson from "../../geodata/forecasts/forecast-illustrative.json";
import { CapacityChart } from "../../src/components/balance/CapacityChart";
import { ForecastChart } from "../../src/components/balance/ForecastChart";
import { RegionalTotals } from "../../src/components/balance/RegionalTotals";
import { regionalTotals } from "../../src/domain/forecast/balance";
import type { SiteCapacitySeries } from "../../src/domain/forecast/remainingCapacity";
import { seriesForMunicipality, seriesForRegion } from "../../src/domain/forecast/series";
import { validateForecastTable } from "../../src/domain/forecast/validate";
import { useViewStore } from "../../src/state/viewStore";
import { concrete, demand, record, surplus, table } from "../unit/forecast/tables";

// Egedal (0240), by hand: a small 2026 and a large 2027 (its numbers need thousands separators).
const forecast = table([
  record("0240", 2026, surplus("clay", 1), [7, 10, 14]),
  record("0240", 2026, surplus("fill", 3), [3, 5, 8]),
  record("0240", 2026, demand, [2, 4, 6]),
  record("0240", 2026, concrete, [10, 20, 30]),
  record("0240", 2026, { kind: "secondary", material: "crushed_brick" }, [1, 2, 4]),
  record("0240", 2027, surplus("mixed", 2), [1_000_000, 1_200_000, 1_500_000]),
  record("0240", 2027, demand, [100_000, 200_000, 300_000]),
  // Dragør: a deficit, no secondary materials.
  record("0155", 2027, surplus("mixed", 0), [10, 20, 30]),
  record("0155", 2027, demand, [40, 50, 70]),
]);

const rowOf = (tableEl: HTMLElement, year: number) =>
  within(tableEl)
    .getAllByRole("row")
    .find((r) => within(r).queryByRole("rowheader")?.textContent?.startsWith(String(year))) as HTMLElement;
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent);

beforeEach(() => useViewStore.setState({ language: "da" }));

describe("ForecastChart", () => {
  const egedal = seriesForMunicipality(forecast, "0240");

  it("names the soil chart with the selected year's surplus, demand and net with its range", () => {
    render(<ForecastChart series={egedal} areaName="Egedal" selectedYear={2027} />);
    expect(
      screen.getByRole("img", {
        name: "Egedal, 2026–2037: overskudsjord efter klasse, behov og netto pr. år. I 2027: overskud 1.200.000 m³, behov 200.000 m³, netto 1.000.000 m³ (spænd 700.000 til 1.400.000 m³).",
      }),
    ).toBeInTheDocument();
  });

  it("lists every class, demand, net and the range in the legend", () => {
    render(<ForecastChart series={egedal} areaName="Egedal" selectedYear={2027} />);
    const [soilLegend] = screen.getAllByRole("list", { name: "Signaturforklaring" });
    expect(
      within(soilLegend as HTMLElement)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Klasse 0 – ren",
      "Klasse 1 – ren, ikke i drikkevandsområder",
      "Klasse 2 – lettere forurenet",
      "Klasse 3 – forurenet",
      "Klasse 4 – kraftigt forurenet",
      "Behov (nedad)",
      "Netto = overskud − behov",
      "Spænd lav–høj",
    ]);
  });

  it("puts every number in a table, ranges included, and marks the selected year's row", () => {
    render(<ForecastChart series={egedal} areaName="Egedal" selectedYear={2027} />);
    const soil = screen.getByRole("table", { name: /Egedal: jord pr. år, m³/ });
    const headers = within(soil)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers.slice(1, 3)).toEqual(["Klasse 0 – ren", "Klasse 1 – ren, ikke i drikkevandsområder"]);
    expect(headers.slice(6)).toEqual([
      "Overskud i alt",
      "Overskud, lav–høj",
      "Behov",
      "Behov, lav–høj",
      "Netto",
      "Netto, lav–høj",
    ]);
    // 2026: klasse 1 = 10 (clay), klasse 3 = 5 (fill); total 15 (10–22); demand 4 (2–6);
    // net 11, range 22 − 6 = 4 to 22 − 2 … low = 10 − 6 = 4, high = 22 − 2 = 20.
    expect(cellsOf(rowOf(soil, 2026))).toEqual([
      "0",
      "10",
      "0",
      "5",
      "0",
      "15",
      "10 til 22",
      "4",
      "2 til 6",
      "11",
      "4 til 20",
    ]);
    const selected = rowOf(soil, 2027);
    expect(selected.getAttribute("aria-current")).toBe("true");
    expect(within(selected).getByRole("rowheader").textContent).toBe("2027 (valgt år)");
    expect(cellsOf(selected).slice(5)).toEqual([
      "1.200.000",
      "1.000.000 til 1.500.000",
      "200.000",
      "100.000 til 300.000",
      "1.000.000",
      "700.000 til 1.400.000",
    ]);
    expect(rowOf(soil, 2026).hasAttribute("aria-current")).toBe(false);
  });

  it("highlights the selected year in the chart", () => {
    const { container } = render(<ForecastChart series={egedal} areaName="Egedal" selectedYear={2027} />);
    const soilSvg = screen.getAllByRole("img")[0] as HTMLElement;
    expect(soilSvg.querySelector(".chart-selected-year")?.getAttribute("data-year")).toBe("2027");
    expect(soilSvg.querySelector(".chart-year.selected")?.textContent).toBe("2027");
    expect(container.querySelectorAll(".chart-year.selected")).toHaveLength(2); // soil and secondary
  });

  it("draws the net range as a whisker from the low to the high net, on the axis's scale", () => {
    render(<ForecastChart series={egedal} areaName="Egedal" selectedYear={2027} />);
    const soilSvg = screen.getAllByRole("img")[0] as HTMLElement;
    // 2026 and 2027 have a range; the ten years without a forecast are 0 to 0.
    const whiskers = soilSvg.querySelectorAll(".chart-net .chart-whisker.strong");
    expect(whiskers).toHaveLength(2);
    // The axis counts thousands of m³: where its "0" and "500" labels sit gives the scale.
    expect(within(soilSvg).getByText("Mængde (1.000 m³)")).toBeInTheDocument();
    const labelY = (text: string) => Number(within(soilSvg).getByText(text).getAttribute("y"));
    const pxPerM3 = (labelY("0") - labelY("500")) / 500_000;
    const y = (m3: number) => labelY("0") - m3 * pxPerM3;
    // "M{x-cap} {yLow} H… M{x} {yLow} V{yHigh} …": 2027's net runs from 700,000 to 1,400,000 m³.
    const d = whiskers[1]?.getAttribute("d") ?? "";
    expect(Number(d.split(" ")[1])).toBeCloseTo(y(700_000), 6);
    expect(Number(/V(-?[\d.]+)/.exec(d)?.[1])).toBeCloseTo(y(1_400_000), 6);
  });

  it("shows secondary materials in tonnes in their own chart and table", () => {
    render(<ForecastChart series={egedal} areaName="Egedal" selectedYear={2026} />);
    expect(
      screen.getByRole("img", {
        name: "Egedal, 2026–2037: sekundære råstoffer pr. år efter materiale. I 2026: Knust beton 20 t, Knust tegl 2 t, Asfalt 0 t.",
      }),
    ).toBeInTheDocument();
    const secondary = screen.getByRole("table", { name: /Egedal: sekundære råstoffer pr. år, t/ });
    expect(cellsOf(rowOf(secondary, 2026))).toEqual(["20", "10 til 30", "2", "1 til 4", "0", "0 til 0"]);
    expect(screen.getByText("Mængde (t)", { selector: "text" })).toBeInTheDocument();
  });

  it("says so when a municipality has no secondary forecast, and draws no second chart", () => {
    render(
      <ForecastChart
        series={seriesForMunicipality(forecast, "0155")}
        areaName="Dragør"
        selectedYear={2027}
      />,
    );
    expect(screen.getByText("Dragør har ingen prognose for sekundære råstoffer.")).toBeInTheDocument();
    expect(screen.getAllByRole("img")).toHaveLength(1);
    expect(screen.getByRole("img").getAttribute("aria-labelledby")).toBeTruthy();
    expect(screen.getByRole("img", { name: /netto -30 m³ \(spænd -60 til -10 m³\)/ })).toBeInTheDocument();
  });

  it("stacks by soil type when the series is", () => {
    render(
      <ForecastChart
        series={seriesForMunicipality(forecast, "0240", { stackBy: "material" })}
        areaName="Egedal"
        selectedYear={null}
      />,
    );
    const [soilLegend] = screen.getAllByRole("list", { name: "Signaturforklaring" });
    expect(within(soilLegend as HTMLElement).getByText("Ler")).toBeInTheDocument();
    expect(within(soilLegend as HTMLElement).queryByText(/Klasse/)).toBeNull();
    // No year selected: the summary gives the first and last year's net, nothing is highlighted.
    expect(
      screen.getByRole("img", {
        name: /efter jordtype, behov og netto pr. år. Netto 2026: 11 m³, 2037: 0 m³\./,
      }),
    ).toBeInTheDocument();
    expect(document.querySelector(".chart-selected-year")).toBeNull();
    expect(document.querySelector("tr[aria-current]")).toBeNull();
  });

  it("speaks English", () => {
    useViewStore.setState({ language: "en" });
    render(<ForecastChart series={egedal} areaName="Egedal" selectedYear={2027} />);
    expect(
      screen.getByRole("img", {
        name: /In 2027: surplus 1,200,000 m³, demand 200,000 m³, net 1,000,000 m³ \(range 700,000 to 1,400,000 m³\)/,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText("Class 2 – slightly contaminated").length).toBeGreaterThan(0);
    expect(screen.getByText("Show as table")).toBeInTheDocument();
  });

  it("counts the illustrative region in millions of m³ and says the numbers are illustrative", () => {
    const { table: illustrative } = validateForecastTable(forecastJson);
    if (!illustrative) throw new Error("the illustrative forecast does not validate");
    render(
      <ForecastChart
        series={seriesForRegion(illustrative)}
        areaName="Region Hovedstaden"
        selectedYear={2026}
      />,
    );
    const soilSvg = screen.getAllByRole("img")[0] as HTMLElement;
    expect(within(soilSvg).getByText("Mængde (mio. m³)")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: /I 2026: overskud 4\.592\.680 m³, behov 1\.230\.180 m³/ })).toBe(
      soilSvg,
    );
    expect(screen.getByText("Illustrative tal, ikke en reel prognose.")).toBeInTheDocument();
  });
});

describe("RegionalTotals", () => {
  it("shows the region's surplus, demand, net and secondary materials with their ranges", () => {
    render(<RegionalTotals totals={regionalTotals(forecast, 2027)} />);
    const section = screen.getByRole("region", { name: "Regionen i 2027" });
    const tableEl = within(section).getByRole("table");
    const rows = within(tableEl)
      .getAllByRole("row")
      .slice(1)
      .map((r) => [within(r).getByRole("rowheader").textContent, ...cellsOf(r)]);
    expect(rows).toEqual([
      ["Overskudsjord (m³)", "1.200.020", "1.000.010 til 1.500.030"],
      ["Behov (m³)", "200.050", "100.040 til 300.070"],
      ["Netto (m³)", "999.970", "699.940 til 1.399.990"],
      ["Knust beton (t)", "0", "0 til 0"],
      ["Knust tegl (t)", "0", "0 til 0"],
      ["Asfalt (t)", "0", "0 til 0"],
    ]);
    expect(within(tableEl).getByRole("columnheader", { name: "Centralt skøn" })).toBeInTheDocument();
    expect(within(section).getByText("2 af 29 kommuner har en prognose for 2027.")).toBeInTheDocument();
    expect(within(section).queryByText(/Illustrative/)).toBeNull();
  });

  it("names the scenario the headline figures read", () => {
    render(<RegionalTotals totals={regionalTotals(forecast, 2026, { scenario: "high" })} />);
    expect(screen.getByRole("columnheader", { name: "Højt skøn" })).toBeInTheDocument();
    expect(cellsOf(screen.getByRole("row", { name: /Knust beton/ }))).toEqual(["30", "10 til 30"]);
  });
});

describe("CapacityChart", () => {
  const years = [2026, 2027, 2028, 2029];
  const series = (
    siteId: string,
    capacityTonnes: number,
    remaining: number[],
    extra: Partial<SiteCapacitySeries> = {},
  ): SiteCapacitySeries => ({
    siteId,
    name: siteId,
    kind: "receiver",
    capacityTonnes,
    basis: "even_spread",
    years: years.map((year, i) => ({
      year,
      intakeTonnes: 0,
      remainingTonnes: remaining[i] ?? 0,
      receiving: true,
    })),
    excessTonnes: 0,
    ...extra,
  });
  const sites = [
    series("Lille depot", 10_000, [8_000, 6_000, 4_000, 2_000]),
    series("Havnen", 6_000_000, [4_500_000, 3_000_000, 1_500_000, 0], { fullInYear: 2029 }),
    series("Grusgraven", 800_000, [800_000, 800_000, 800_000, 800_000], { kind: "pit", basis: "unknown" }),
  ];

  it("draws the largest sites, says how many are left out and when each is full", () => {
    render(<CapacityChart series={sites} selectedYear={2027} maxSites={2} />);
    expect(
      screen.getByRole("img", {
        name: "Havnen: kapacitet 6.000.000 t; tilbage ved udgangen af 2027: 3.000.000 t. Fuld i 2029. Kapaciteten antages fyldt jævnt over perioden.",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("img", {
        name: "Grusgraven: kapacitet 800.000 t; tilbage ved udgangen af 2027: 800.000 t. Ikke fuld inden udgangen af 2029. Takt ukendt: ingen modtagelse antaget.",
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("img", { name: /Lille depot/ })).toBeNull();
    expect(screen.getByText("1 mindre modtagere og grave vises ikke.")).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent?.trim())).toEqual([
      "Havnen",
      "Grusgraven",
    ]);
  });

  it("puts the numbers in tables and marks the selected year", () => {
    render(<CapacityChart series={sites} selectedYear={2027} maxSites={2} />);
    const perSite = screen.getByRole("table", { name: "Modtagere og grave" });
    expect(cellsOf(screen.getByRole("row", { name: /^Havnen/ }))).toEqual([
      "Modtager",
      "6.000.000",
      "3.000.000",
      "2029",
      "Kapaciteten antages fyldt jævnt over perioden",
    ]);
    expect(within(perSite).getByRole("columnheader", { name: "Tilbage 2027 (t)" })).toBeInTheDocument();
    const perYear = screen.getByRole("table", { name: "Tilbage ved årets udgang, t" });
    const selected = rowOf(perYear, 2027);
    expect(selected.getAttribute("aria-current")).toBe("true");
    expect(cellsOf(selected)).toEqual(["3.000.000", "800.000"]);
    expect(cellsOf(rowOf(perYear, 2029))).toEqual(["0", "800.000"]);
    const svgs = screen.getAllByRole("img");
    for (const svg of svgs) expect(svg.querySelector(".capacity-dot.selected")).not.toBeNull();
  });

  it("counts a pit's millions of tonnes on its own axis", () => {
    render(<CapacityChart series={sites} selectedYear={null} />);
    const havnen = screen.getByRole("img", { name: /^Havnen/ });
    expect(within(havnen).getByText("Tilbage (mio. t)")).toBeInTheDocument();
    // No year selected: the last year is described and no year is marked.
    expect(screen.getByRole("img", { name: /^Havnen.*tilbage ved udgangen af 2029: 0 t/ })).toBe(havnen);
    expect(document.querySelector(".capacity-dot.selected")).toBeNull();
    expect(screen.queryByText(/vises ikke/)).toBeNull();
  });

  it("says when there is nothing to show", () => {
    render(<CapacityChart series={[]} selectedYear={2027} />);
    expect(screen.getByText("Ingen modtagere eller grave med kapacitet.")).toBeInTheDocument();
    expect(screen.queryByRole("img")).toBeNull();
  });
});
