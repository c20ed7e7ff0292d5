namespace PmoGraph.Api.Demo;

/// <summary>Name pools for the organisation: people, departments, job titles and resource roles.</summary>
internal static class DemoNames
{
    public const string EmailDomain = "northwind.example";

    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Alice", "Bruno", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Katrin", "Lucas",
        "Maya", "Nikolai", "Olivia", "Pablo", "Quentin", "Rosa", "Samuel", "Tara", "Umar", "Vera", "William", "Xavier",
        "Yasmin", "Zoe", "Amelie", "Ben", "Clara", "Daniel", "Emma", "Felix", "Hannah", "Ivan", "Julia", "Karim",
        "Laura", "Marco", "Nora", "Oscar", "Priya", "Rafael", "Sofia", "Thomas", "Ursula", "Victor", "Wendy", "Yusuf",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Martin", "Schmidt", "Rossi", "Dubois", "Novak", "Jansen", "Garcia", "Kowalski", "Silva", "Berg", "Fischer",
        "Moreau", "Costa", "Lindqvist", "Horvat", "Murphy", "Nielsen", "Weber", "Bianchi", "Laurent", "Santos", "Keller",
        "Meyer", "Virtanen", "Popescu", "Andersen", "Ricci", "Fontaine", "Hansen", "Wagner", "Ferreira", "Olsen",
        "Marino", "Lambert", "Bauer", "Kovacs", "Dimitrov", "Walsh", "Petersen", "Moretti", "Girard", "Sousa",
        "Hoffmann", "Eriksson", "Brennan", "Leclerc", "Romano", "Vogel",
    ];

    /// <summary>The organisation's functions (code, name); at scale each gets regional sub-departments.</summary>
    public static IReadOnlyList<(string Code, string Name)> Departments { get; } =
    [
        ("FIN", "Finance"),
        ("IT", "Information Technology"),
        ("OPS", "Operations"),
        ("SAM", "Sales & Marketing"),
        ("HR", "People & Culture"),
        ("SCM", "Supply Chain"),
    ];

    public static IReadOnlyList<string> Regions { get; } =
    [
        "Iberia", "DACH", "Nordics", "Benelux", "UK & Ireland", "France", "Italy", "Central Europe", "North America", "Asia Pacific",
    ];

    public static IReadOnlyList<string> ExecutiveTitles { get; } =
    [
        "Chief Operating Officer", "Chief Digital Officer", "Chief Financial Officer", "Chief Commercial Officer",
        "Chief People Officer", "Director of Strategy", "Chief Information Officer", "Director of Supply Chain",
    ];

    public const string ProgramManagerTitle = "Programme Manager";

    public const string ProjectManagerRole = "Project Manager";

    /// <summary>Specialist roles with their relative frequency and hourly rate range (EUR).</summary>
    public static IReadOnlyList<(string Role, int Weight, int MinRate, int MaxRate)> SpecialistRoles { get; } =
    [
        ("Developer", 30, 65, 105),
        ("Business Analyst", 20, 70, 95),
        ("Tester", 15, 50, 75),
        ("Data Analyst", 12, 70, 95),
        ("Architect", 10, 110, 145),
        ("Change Manager", 13, 75, 100),
    ];

    /// <summary>Pooled roles booked before a named person is known.</summary>
    public static IReadOnlyList<(string Role, string Pool, int Rate)> GenericRoles { get; } =
    [
        ("Developer", "contractor pool", 85),
        ("Tester", "nearshore pool", 55),
        ("Business Analyst", "consultancy pool", 90),
        ("Data Engineer", "contractor pool", 95),
        ("Change Manager", "consultancy pool", 95),
        ("Architect", "partner pool", 130),
    ];

    public static IReadOnlyList<int> Capacities { get; } = [140, 144, 148, 150, 152, 156, 160];
}
