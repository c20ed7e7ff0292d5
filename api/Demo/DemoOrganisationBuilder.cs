using System.Globalization;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Resources;

namespace PmoGraph.Api.Demo;

/// <summary>Departments, people (with the JWT subjects they sign in as) and the resource pool.</summary>
internal sealed class DemoOrganisationBuilder(DemoRandom random, DemoSizing sizing)
{
    private readonly HashSet<string> _nameKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _keyUses = new(StringComparer.Ordinal);

    public List<Department> Departments { get; } = [];

    public List<Person> Executives { get; } = [];

    public List<Person> ProgramManagers { get; } = [];

    public List<Person> ProjectManagers { get; } = [];

    public List<Person> Specialists { get; } = [];

    public List<Resource> Resources { get; } = [];

    public void Build()
    {
        BuildDepartments();
        for (var i = 0; i < sizing.Executives; i++)
        {
            var title = i < DemoNames.ExecutiveTitles.Count
                ? DemoNames.ExecutiveTitles[i]
                : "Director, " + Departments[i % Departments.Count].Name;
            Executives.Add(NewPerson("exec", title, Departments[i % DemoNames.Departments.Count]));
        }

        for (var i = 0; i < sizing.ProgramManagers; i++)
        {
            ProgramManagers.Add(NewPerson("pgm", DemoNames.ProgramManagerTitle, random.Pick(Departments)));
        }

        for (var i = 0; i < sizing.ProjectManagers; i++)
        {
            var title = random.Chance(0.3) ? "Senior " + DemoNames.ProjectManagerRole : DemoNames.ProjectManagerRole;
            ProjectManagers.Add(NewPerson("pm", title, random.Pick(Departments)));
        }

        for (var i = 0; i < sizing.Specialists; i++)
        {
            var role = DemoNames.SpecialistRoles[PickSpecialistRole()].Role;
            Specialists.Add(NewPerson("team", role, random.Pick(Departments)));
        }

        BuildResources();
    }

    private void BuildDepartments()
    {
        var functions = DemoNames.Departments;
        for (var i = 0; i < sizing.Departments; i++)
        {
            if (i < functions.Count)
            {
                Departments.Add(new Department { Code = functions[i].Code, Name = functions[i].Name });
                continue;
            }

            // Beyond the six functions, the organisation grows regional sub-departments under them.
            var parent = Departments[(i - functions.Count) % functions.Count];
            var number = ((i - functions.Count) / functions.Count) + 1;
            var region = DemoNames.Regions[(number - 1) % DemoNames.Regions.Count];
            var cycle = (number - 1) / DemoNames.Regions.Count;
            Departments.Add(new Department
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"{parent.Code}-{number:D2}"),
                Name = cycle == 0
                    ? $"{parent.Name} {region}"
                    : string.Create(CultureInfo.InvariantCulture, $"{parent.Name} {region} {cycle + 1}"),
                Parent = parent,
            });
        }
    }

    private Person NewPerson(string subjectPrefix, string jobTitle, Department department)
    {
        // Redraw a few times so names are unique while the pools allow; beyond that, a number keeps emails unique.
        var first = random.Pick(DemoNames.FirstNames);
        var last = random.Pick(DemoNames.LastNames);
        for (var attempt = 0; attempt < 6 && _nameKeys.Contains(first + " " + last); attempt++)
        {
            first = random.Pick(DemoNames.FirstNames);
            last = random.Pick(DemoNames.LastNames);
        }

        var name = first + " " + last;
        _nameKeys.Add(name);
        var key = (first + "." + last).ToLowerInvariant();
        var uses = _keyUses.GetValueOrDefault(key) + 1;
        _keyUses[key] = uses;
        var handle = uses == 1 ? key : key + uses.ToString(CultureInfo.InvariantCulture);
        return new Person
        {
            Name = name,
            Email = handle + "@" + DemoNames.EmailDomain,
            Subject = subjectPrefix + "." + handle,
            JobTitle = jobTitle,
            Department = department,
        };
    }

    private int PickSpecialistRole()
    {
        Span<int> weights = stackalloc int[DemoNames.SpecialistRoles.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = DemoNames.SpecialistRoles[i].Weight;
        }

        return random.Weighted(weights);
    }

    private void BuildResources()
    {
        var named = sizing.Resources - sizing.GenericResources;
        var people = Specialists.Concat(ProjectManagers).Take(named).ToList();
        foreach (var person in people)
        {
            var role = person.JobTitle!.EndsWith(DemoNames.ProjectManagerRole, StringComparison.Ordinal)
                ? DemoNames.ProjectManagerRole
                : person.JobTitle;
            var (minRate, maxRate) = role == DemoNames.ProjectManagerRole ? (95, 125) : RateRange(role);
            Resources.Add(new Resource
            {
                Name = person.Name,
                Role = role,
                Person = person,
                Department = person.Department,
                MonthlyCapacityHours = random.Pick(DemoNames.Capacities),
                HourlyRate = random.Between(minRate, maxRate),
                Currency = PickCurrency(),
            });
        }

        for (var i = 0; i < sizing.GenericResources; i++)
        {
            var generic = DemoNames.GenericRoles[i % DemoNames.GenericRoles.Count];
            var number = (i / DemoNames.GenericRoles.Count) + 1;
            Resources.Add(new Resource
            {
                Name = number == 1
                    ? $"{generic.Role} ({generic.Pool})"
                    : string.Create(CultureInfo.InvariantCulture, $"{generic.Role} ({generic.Pool} {number})"),
                Role = generic.Role,
                Department = random.Pick(Departments),
                IsGeneric = true,
                MonthlyCapacityHours = random.Pick(DemoNames.Capacities),
                HourlyRate = generic.Rate,
                Currency = "EUR",
            });
        }
    }

    private static (int Min, int Max) RateRange(string role)
    {
        foreach (var candidate in DemoNames.SpecialistRoles)
        {
            if (candidate.Role == role)
            {
                return (candidate.MinRate, candidate.MaxRate);
            }
        }

        return (70, 100);
    }

    private string PickCurrency() => random.Weighted(85, 10, 5) switch
    {
        0 => "EUR",
        1 => "GBP",
        _ => "USD",
    };
}
