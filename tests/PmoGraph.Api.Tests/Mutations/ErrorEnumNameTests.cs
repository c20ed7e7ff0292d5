using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Api.Tests.Mutations;

/// <summary>
/// Every mutation of a row that can answer an InvalidTransitionError, found by walking the schema, is sent to each of
/// the first rows of its entity twice (the second call finds the state the first left: achieved, closed, submitted),
/// with an input valid by type. Every from and to of the InvalidTransitionErrors that come back is a value of a
/// schema enum (or a state no enum holds), and no error message spells an enum value the CLR way ("Planning").
/// </summary>
public sealed partial class ErrorEnumNameTests(MutationTestFactory api) : IClassFixture<MutationTestFactory>
{
    private const int RowsTried = 12;

    private static readonly string[] StatesNoEnumHolds = [InvalidTransitionError.Archived, InvalidTransitionError.Active, InvalidTransitionError.Achieved];

    /// <summary>
    /// Mutations over rows the demo store does not hold, so this walk cannot reach them; where their states' names are
    /// checked instead.
    /// </summary>
    private static readonly Dictionary<string, string> _coveredElsewhere = new(StringComparer.Ordinal)
    {
        ["commitScenario"] = "the demo saves no selection scenario: ScenarioMutationTests.CommitScenario_ChosenApprovedOthersDeferred_InOneAuditedTransaction checks from/to",
    };

    public static TheoryData<string> TransitionMutations()
    {
        var cases = new TheoryData<string>();
        foreach (var mutation in MutationInputCases.Schema.Mutation!.Fields)
        {
            if (CanAnswerInvalidTransition(mutation) && InputOf(mutation).Fields.Find("id") is not null && !_coveredElsewhere.ContainsKey(mutation.Name))
            {
                cases.Add(mutation.Name);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(TransitionMutations))]
    public async Task Mutation_InvalidTransition_NamesStatesAsTheSchemasEnums(string mutationName)
    {
        var mutation = MutationInputCases.Schema.Mutation!.Fields.Find(mutationName)!;
        var input = InputOf(mutation);
        var entity = EntityOf(mutation);
        var enumValues = SchemaEnumValues();
        var clrSpellings = ClrSpellings();
        var transitions = new List<(string From, string To, string Message)>();
        var seen = new List<string>();

        foreach (var id in await IdsAsync(entity))
        {
            for (var call = 0; call < 2; call++)
            {
                var values = MutationInputCases.Input(input, [], null);
                foreach (var text in input.Fields.Where(f => f.ResolvedType is StringGraphType && !values.ContainsKey(f.Name)))
                {
                    // Optional by type, but a rule may ask for it (a rejection's note): given, so the state is what answers.
                    values[text.Name] = "Decided in the monthly review";
                }

                values["id"] = id;
                if (input.Fields.Find("version") is not null)
                {
                    values["version"] = await VersionAsync(entity, id);
                }

                var payload = await CallAsync(mutationName, values);
                foreach (var error in Errors(payload))
                {
                    var message = error.GetProperty("message").GetString()!;
                    seen.Add($"{error.GetProperty("__typename").GetString()}: {message}");
                    Assert.DoesNotContain(Words().Matches(message).Select(m => m.Value), w => clrSpellings.Contains(w));
                    if (error.GetProperty("__typename").GetString() == "InvalidTransitionError")
                    {
                        transitions.Add((error.GetProperty("from").GetString()!, error.GetProperty("to").GetString()!, message));
                    }
                }
            }
        }

        Assert.True(transitions.Count > 0, $"no InvalidTransitionError among: {string.Join("; ", seen.Distinct())}");
        Assert.All(transitions, t =>
        {
            Assert.True(enumValues.Contains(t.From) || StatesNoEnumHolds.Contains(t.From), $"from '{t.From}' ({t.Message})");
            Assert.True(enumValues.Contains(t.To) || StatesNoEnumHolds.Contains(t.To), $"to '{t.To}' ({t.Message})");
        });
    }

    [Fact]
    public async Task MoveProjectStage_EveryStageToEveryStage_NamesBothStagesAsTheLifecycleStageEnum()
    {
        var stages = ((EnumerationGraphType)MutationInputCases.Schema.AllTypes["LifecycleStage"]!).Values.Select(v => v.Name).ToList();
        var refused = new List<(string From, string To)>();
        foreach (var id in await IdsAsync(typeof(PmoGraph.Schema.Projects.Project)))
        {
            foreach (var toStage in stages)
            {
                var values = new Dictionary<string, object?> { ["id"] = id, ["version"] = await VersionAsync(typeof(PmoGraph.Schema.Projects.Project), id), ["decision"] = "HOLD", ["toStage"] = toStage };
                foreach (var error in Errors(await CallAsync("moveProjectStage", values)))
                {
                    if (error.GetProperty("__typename").GetString() == "InvalidTransitionError")
                    {
                        refused.Add((error.GetProperty("from").GetString()!, error.GetProperty("to").GetString()!));
                        Assert.Contains(toStage, error.GetProperty("message").GetString()!, StringComparison.Ordinal);
                    }
                }
            }
        }

        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Contains(r.From, stages));
        Assert.All(refused, r => Assert.Contains(r.To, stages));
    }

    private async Task<JsonElement> CallAsync(string mutation, Dictionary<string, object?> input)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var query = $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ "
            + "errors { __typename ... on Error { message } ... on InvalidTransitionError { from to } } } }";
        var data = await api.Client.DataAsync(query, new { input });
        return data.GetProperty(mutation);
    }

    private static List<JsonElement> Errors(JsonElement payload) =>
        payload.GetProperty("errors") is { ValueKind: JsonValueKind.Array } errors ? [.. errors.EnumerateArray()] : [];

    private static bool CanAnswerInvalidTransition(FieldType mutation)
    {
        var payload = (IComplexGraphType)Unwrap(mutation.ResolvedType!);
        var union = (UnionGraphType)Unwrap(((ListGraphType)Unwrap(payload.Fields.Find("errors")!.ResolvedType!)).ResolvedType!);
        return union.PossibleTypes.Any(t => t.Name == "InvalidTransitionError");
    }

    private static IInputObjectGraphType InputOf(FieldType mutation) => (IInputObjectGraphType)Unwrap(mutation.Arguments!.Find("input")!.ResolvedType!);

    private static Type EntityOf(FieldType mutation) => Unwrap(mutation.ResolvedType!).GetType().GetGenericArguments()[0];

    private static IGraphType Unwrap(IGraphType type) => type is NonNullGraphType nonNull ? Unwrap(nonNull.ResolvedType!) : type;

    private static HashSet<string> SchemaEnumValues() =>
        [.. MutationInputCases.Schema.AllTypes.OfType<EnumerationGraphType>().SelectMany(e => e.Values.Select(v => v.Name))];

    /// <summary>CLR member names of schema enum values that the schema spells otherwise (InProgress, not IN_PROGRESS).</summary>
    private static HashSet<string> ClrSpellings() =>
        [.. MutationInputCases.Schema.AllTypes.OfType<EnumerationGraphType>()
            .SelectMany(e => e.Values.Where(v => v.Value is Enum).Select(v => v.Value!.ToString()!).Where(clr => e.Values.FindByName(clr) is null))];

    private Task<List<int>> IdsAsync(Type entity) => api.ReadAsync(db =>
        (Task<List<int>>)typeof(ErrorEnumNameTests).GetMethod(nameof(IdsOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(entity).Invoke(null, [db])!);

    private static Task<List<int>> IdsOf<TEntity>(PmoDbContext db)
        where TEntity : Entity =>
        db.Set<TEntity>().OrderBy(e => e.Id).Select(e => e.Id).Take(RowsTried).ToListAsync();

    private Task<long> VersionAsync(Type entity, int id) => api.ReadAsync(async db =>
        ((VersionedEntity)(await db.FindAsync(entity, id))!).Version);

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\b")]
    private static partial Regex Words();
}
