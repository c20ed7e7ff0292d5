namespace PmoGraph.Reports.Views;

/// <summary>
/// What a view column, or a whole view, holds that not every reader may see, as its SQL file declares it
/// (<c>-- column name type open|money|people: ...</c>, <c>-- sensitive: money|people</c>). The viewer role reads
/// <see cref="Open"/> only, as on GraphQL (<c>SensitiveData.Financial</c> and <c>SensitiveData.People</c>).
/// </summary>
public enum Sensitivity
{
    /// <summary><c>open</c>: every role reads it.</summary>
    Open,

    /// <summary><c>money</c>: budgets, costs, values and anything they can be worked back from.</summary>
    Money,

    /// <summary><c>people</c>: who someone is (names, e-mails, the person keys that link them to work), and their time.</summary>
    People,
}
