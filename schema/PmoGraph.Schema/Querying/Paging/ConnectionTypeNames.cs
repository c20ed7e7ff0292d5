using System.Collections.Concurrent;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The connection types root fields declare, by name. A nested field whose HotChocolate name is already taken by a
/// root connection over the same node type (<c>Benefit.measurements</c> and the root <c>benefitMeasurements</c> both
/// give <c>BenefitMeasurementsConnection</c>) refers to that type by name instead of declaring a second one with
/// the same name, which GraphQL forbids. The root query is built before any node type, so the names are known first.
/// </summary>
internal static class ConnectionTypeNames
{
    private static readonly ConcurrentDictionary<string, Type> Roots = new(StringComparer.Ordinal);

    public static void DeclareRoot(string name, Type nodeGraphType) => Roots.TryAdd(name, nodeGraphType);

    public static bool IsRoot(string name, Type nodeGraphType) => Roots.TryGetValue(name, out var node) && node == nodeGraphType;
}
