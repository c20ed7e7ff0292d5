namespace PmoGraph.Api.Demo;

/// <summary>Text pools for execution and governance rows: milestones, risks, issues, changes, reports, benefits.</summary>
internal static class DemoTexts
{
    /// <summary>Milestones in lifecycle order; a project takes an ordered subset and always ends with closure.</summary>
    public static IReadOnlyList<string> Milestones { get; } =
    [
        "Mobilisation complete", "Requirements signed off", "Solution design approved", "Build complete",
        "System test complete", "User acceptance complete", "Go-live", "Hypercare exit",
    ];

    public const string ClosureMilestone = "Project closure";

    public static IReadOnlyList<(string Title, string Mitigation)> Risks { get; } =
    [
        ("Key supplier delivers late", "Weekly supplier review; penalty clause invoked; alternative supplier pre-qualified."),
        ("Scarce specialist skills", "Book contractors early; pair juniors with the architect; cross-train two staff."),
        ("Scope creep from business stakeholders", "Change control enforced; product owner prioritises the backlog with the sponsor."),
        ("Data quality worse than assumed", "Profile source data now; cleansing sprint before migration; data owners named."),
        ("Integration with legacy system fails", "Early integration spike; stub services; vendor support retained."),
        ("Business users unavailable for testing", "Test windows agreed with line managers; backfill budgeted."),
        ("Regulatory requirements change", "Legal reviews the design at each gate; configurable rules engine."),
        ("Budget cut in next fiscal year", "Benefits case refreshed; phase the scope so value lands early."),
        ("Low user adoption", "Change network of champions; training before go-live; adoption KPIs tracked."),
        ("Security findings delay go-live", "Security review in design; penetration test booked two months ahead."),
        ("Exchange rate moves raise vendor cost", "Hedge via treasury; contract in EUR where possible."),
        ("Cut-over window too short", "Rehearse the cut-over twice; agree a fallback plan with operations."),
    ];

    public static IReadOnlyList<(string Title, string Resolution)> Issues { get; } =
    [
        ("Test environment unavailable", "Environment rebuilt and monitoring added."),
        ("Vendor missed a delivery date", "Recovery plan agreed; two extra developers supplied at vendor cost."),
        ("Requirements conflict between departments", "Sponsor decided at steering committee; backlog updated."),
        ("Licence count insufficient", "Additional licences purchased from contingency."),
        ("Key team member left", "Replacement onboarded; knowledge transfer sessions recorded."),
        ("Defect backlog growing", "Bug-fix sprint inserted; quality gate tightened."),
        ("Data migration errors", "Mapping corrected and migration re-run in rehearsal."),
        ("Stakeholder sign-off delayed", "Escalated to sponsor; sign-off received."),
    ];

    public static IReadOnlyList<string> ChangeRequests { get; } =
    [
        "Add reporting module requested by Finance", "Extend rollout to two more sites", "Replace deprecated component",
        "Additional security controls after audit", "Defer mobile channel to phase 2", "Include data archiving",
        "Integrate with new partner API", "Increase test coverage for regulatory release", "Change hosting region",
    ];

    public static IReadOnlyList<string> Progress { get; } =
    [
        "Build sprints delivering to plan", "User acceptance testing under way", "Design authority approved the solution",
        "Data migration rehearsal completed", "Training material in review", "Pilot site live and stable",
        "Vendor onboarding complete", "Integration testing progressing",
    ];

    public static IReadOnlyList<string> Concerns { get; } =
    [
        "supplier delivery slipping", "defect backlog above tolerance", "resource gaps in the test team",
        "integration partner late", "scope growth under review", "cost of contractors above plan",
    ];

    public static IReadOnlyList<(string Name, int Driver)> Benefits { get; } =
    [
        ("Incremental revenue", 0), ("New customers acquired", 0), ("Reduced operating cost", 1),
        ("Lower licence and hosting cost", 1), ("Fewer manual hours", 1), ("Reduced churn", 2),
        ("Faster order fulfilment", 2), ("Avoided regulatory penalties", 3), ("Lower staff turnover", 4),
    ];

    public static IReadOnlyList<string> SurveyComments { get; } =
    [
        "Clear communication throughout.", "Go-live was smooth.", "Training came too late.",
        "The new process saves us time every day.", "Too many defects at launch.", "Great team, responsive to feedback.",
        "We still miss a report we used to have.", "Would like more involvement in design.",
    ];

    public static IReadOnlyList<string> GateNotes { get; } =
    [
        "Business case accepted.", "Funding released for the next stage.", "Plan and baseline approved.",
        "Conditions: resource plan to be confirmed.", "Approved with minor actions.",
    ];
}
