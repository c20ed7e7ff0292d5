namespace PmoGraph.Api.Demo;

/// <summary>
/// The three kinds of portfolio the demo organisation runs, with the names, programs and purposes that fit each.
/// Theme 0 is digital, 1 operational, 2 growth.
/// </summary>
internal static class DemoThemes
{
    public const int Count = 3;

    public static IReadOnlyList<string> PortfolioNames { get; } =
        ["Digital Transformation", "Operational Excellence", "Growth & Markets"];

    public static IReadOnlyList<string> PortfolioDescriptions { get; } =
    [
        "Modernises customer channels, core systems and data so the business runs on a digital platform.",
        "Takes cost and waste out of operations through automation, shared services and lean processes.",
        "Grows revenue through new markets, new offerings and partnerships.",
    ];

    public static IReadOnlyList<string> BusinessUnits { get; } =
        ["Retail", "Wholesale", "Services", "Manufacturing", "Logistics", "Corporate"];

    public static IReadOnlyList<IReadOnlyList<string>> ProgramNames { get; } =
    [
        ["Cloud First", "Customer Digital Channels", "Data & Analytics", "Modern Workplace", "Core Systems Renewal"],
        ["Lean Operations", "Procurement Excellence", "Shared Services", "Smart Logistics", "Quality & Compliance"],
        ["New Markets Expansion", "Product Innovation", "Partnerships & Alliances", "Customer Growth", "Brand & Pricing"],
    ];

    public static IReadOnlyList<IReadOnlyList<string>> Subjects { get; } =
    [
        [
            "Customer Portal", "Mobile App", "Data Platform", "CRM", "ERP Finance", "Identity & Access", "API Gateway",
            "Data Warehouse", "Cloud Landing Zone", "E-commerce Checkout", "Document Management", "Service Desk",
            "Network", "Self-Service Analytics", "Virtual Assistant", "Billing System",
        ],
        [
            "Warehouse", "Procurement", "Invoice Processing", "Fleet Management", "Quality Management",
            "Maintenance Planning", "Payroll", "Travel & Expense", "Inventory Control", "Facilities",
            "Energy Management", "Regulatory Reporting", "Contract Management", "Demand Planning",
        ],
        [
            "Poland Market", "Nordics Market", "Premium Product Line", "Subscription Offering", "Partner Channel",
            "Loyalty Programme", "Pricing Engine", "B2B Marketplace", "Brand Refresh", "Field Sales",
            "Customer Onboarding", "Service Bundle", "Spain Market", "US Distribution",
        ],
    ];

    public static IReadOnlyList<IReadOnlyList<string>> Actions { get; } =
    [
        ["Modernisation", "Replacement", "Cloud Migration", "Upgrade", "Rollout", "Redesign", "Consolidation", "Implementation"],
        ["Automation", "Process Redesign", "Optimisation", "Standardisation", "Centralisation", "Digitisation", "Lean Review", "Outsourcing"],
        ["Launch", "Pilot", "Expansion", "Go-to-Market", "Relaunch", "Scale-up", "Rollout", "Entry"],
    ];

    public static IReadOnlyList<IReadOnlyList<string>> Purposes { get; } =
    [
        [
            "retire unsupported technology and move the workload to managed services",
            "give customers a faster, self-service digital experience",
            "put trusted data in the hands of decision makers",
            "reduce outages and the cost of running the platform",
        ],
        [
            "cut manual effort and the unit cost of the process",
            "standardise the process across sites and remove rework",
            "meet audit findings and regulatory obligations",
            "shorten cycle times and free working capital",
        ],
        [
            "win new customers in a target segment",
            "grow recurring revenue from existing customers",
            "open a new route to market with partners",
            "raise average order value through better pricing",
        ],
    ];

    /// <summary>Business drivers (by insertion order: revenue, cost, experience, compliance, engagement) each theme serves most.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> PreferredDrivers { get; } = [[2, 1], [1, 3], [0, 2]];

    /// <summary>
    /// Objective-level nodes of the strategy tree (by their order in <see cref="DemoStrategyBuilder.Objectives"/>) each
    /// theme serves. Objectives 2 and 6 are served by no theme: the demo's strategy has gaps to find.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> PreferredObjectives { get; } = [[5, 3], [3, 4], [0, 1]];
}
