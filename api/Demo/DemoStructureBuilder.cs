using System.Globalization;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Portfolios;
using ProgramEntity = PmoGraph.Schema.Programs.Program;

namespace PmoGraph.Api.Demo;

/// <summary>Portfolios by theme and the programs under them.</summary>
internal sealed class DemoStructureBuilder(DemoSizing sizing)
{
    public List<Portfolio> Portfolios { get; } = [];

    public List<ProgramEntity> Programs { get; } = [];

    /// <summary>The theme of each program, by position in <see cref="Programs"/>.</summary>
    public List<int> ProgramThemes { get; } = [];

    public void Build(IReadOnlyList<Person> executives, IReadOnlyList<Person> programManagers)
    {
        for (var i = 0; i < sizing.Portfolios; i++)
        {
            var theme = i % DemoThemes.Count;
            Portfolios.Add(new Portfolio
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"PF-{i + 1:D2}"),
                Name = PortfolioName(i, theme),
                Description = DemoThemes.PortfolioDescriptions[theme],
                Owner = executives[i % executives.Count],
            });
        }

        for (var j = 0; j < sizing.Programs; j++)
        {
            var portfolioIndex = j % Portfolios.Count;
            var portfolio = Portfolios[portfolioIndex];
            var theme = portfolioIndex % DemoThemes.Count;
            var names = DemoThemes.ProgramNames[theme];
            var rank = j / Portfolios.Count;
            var name = names[rank % names.Count];
            if (rank >= names.Count)
            {
                name += string.Create(CultureInfo.InvariantCulture, $" {(rank / names.Count) + 1}");
            }

            if (portfolioIndex >= DemoThemes.Count)
            {
                name += " (" + portfolio.Code + ")";
            }

            Programs.Add(new ProgramEntity
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"PGM-{j + 1:D3}"),
                Name = name,
                Description = $"{name}: a program of the {portfolio.Name} portfolio.",
                Portfolio = portfolio,
                Manager = programManagers[j % programManagers.Count],
            });
            ProgramThemes.Add(theme);
        }
    }

    private static string PortfolioName(int index, int theme)
    {
        var name = DemoThemes.PortfolioNames[theme];
        if (index < DemoThemes.Count)
        {
            return name;
        }

        // At scale the organisation runs one portfolio per theme and business unit.
        var slot = (index / DemoThemes.Count) - 1;
        var unit = DemoThemes.BusinessUnits[slot % DemoThemes.BusinessUnits.Count];
        var cycle = slot / DemoThemes.BusinessUnits.Count;
        return cycle == 0
            ? $"{name} - {unit}"
            : string.Create(CultureInfo.InvariantCulture, $"{name} - {unit} {cycle + 1}");
    }
}
