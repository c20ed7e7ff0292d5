namespace PmoGraph.Schema.Authorization;

/// <summary>Kinds of field a viewer may not read.</summary>
public enum SensitiveData
{
    /// <summary>Money: budgets, costs, rates, values.</summary>
    Financial,

    /// <summary>Who someone is or what they do: names, emails, owners, allocations.</summary>
    People,
}
