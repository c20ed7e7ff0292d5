using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PmoGraph.Schema.Authorization;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>
/// Every mutation that takes the id of a row-ruled entity, given the id of a row the caller may not see, answers exactly
/// what it answers for an id that does not exist (the same JSON but for the id itself). A store of its own: they write.
/// </summary>
public sealed class MutationOracleTests(ScopeFixture fixture, ITestOutputHelper output) : IClassFixture<ScopeFixture>
{
    public static TheoryData<string> Managers => [PmoRoles.PortfolioManager, PmoRoles.ProjectManager];

    [Theory]
    [MemberData(nameof(Managers))]
    public async Task MutationOnAHiddenRow_AsManager_AnswersAsForAMissingRow(string role)
    {
        var caller = fixture.CallerFor(role);
        var client = fixture.ClientFor(caller);
        var date = fixture.Store.Dates[fixture.Store.Dates.Count / 2];
        var failures = new List<string>();
        var sent = 0;
        foreach (var mutation in fixture.Schema.Mutation?.Fields ?? [])
        {
            var named = IdInputs(mutation).Select(f => fixture.Documents.EntityOfArgument(f, mutation, new Dictionary<string, string>()))
                .OfType<string>().Where(fixture.Store.RowRuled.Contains).Distinct().ToList();
            foreach (var entity in named)
            {
                if (caller.AHidden(entity) is not { } hidden)
                {
                    continue;
                }

                IReadOnlyList<int> Own(string? e) => caller.VisibleIds.TryGetValue(e ?? "Project", out var ids) ? [ids.Min()] : [];
                var missingFill = new ArgumentFill(e => e == entity ? [CallerScope.MissingId] : Own(e), 0, date, 5);
                var hiddenFill = missingFill with { Ids = e => e == entity ? [hidden.Id] : Own(e) };
                var selection = fixture.Documents.Selection(mutation.Type.NamedType, 1, missingFill);
                var missingCall = fixture.Documents.Arguments(mutation, missingFill, root: true);
                var hiddenCall = fixture.Documents.Arguments(mutation, hiddenFill, root: true);
                if (missingCall is null || hiddenCall is null)
                {
                    failures.Add($"{mutation.Name}: the walk cannot fill its arguments");
                    continue;
                }

                var missing = await GraphQLExchange.PostAsync(client, $"mutation {{ {mutation.Name}{missingCall} {{ {selection} }} }}");
                var answer = await GraphQLExchange.PostAsync(client, $"mutation {{ {mutation.Name}{hiddenCall} {{ {selection} }} }}");
                sent += 2;
                var same = Normalise(answer.Body, hidden.Id) == Normalise(missing.Body, CallerScope.MissingId) && answer.Status == missing.Status;
                if (!same || missing.RequestErrors.Count > 0)
                {
                    failures.Add($"{mutation.Name} on a hidden {entity} {hidden.Id}{(same ? " (the walk's document was refused)" : "")}:\n"
                        + $"    hidden:  {mutation.Name}{hiddenCall} -> HTTP {answer.Status} {GraphQLExchange.Shorten(answer.Body, 300)}\n"
                        + $"    missing: {mutation.Name}{missingCall} -> HTTP {missing.Status} {GraphQLExchange.Shorten(missing.Body, 300)}");
                }
            }
        }

        output.WriteLine($"{caller}: {sent} mutations, {failures.Count} differ");
        failures.ForEach(output.WriteLine);
        Assert.True(sent > 0, "the schema has mutations that take ids of row-ruled entities");
        Assert.True(failures.Count == 0, $"As {caller}, {failures.Count} mutations tell a hidden row from a missing one:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>The names of the integer ids a mutation takes, as arguments or in its input object.</summary>
    private IEnumerable<string> IdInputs(FieldDef mutation)
    {
        foreach (var arg in mutation.Args)
        {
            if (arg.Type.NamedType == "Int" && DocumentBuilder.IsIdName(arg.Name))
            {
                yield return arg.Name;
            }
            else if (fixture.Schema.Types.TryGetValue(arg.Type.NamedType, out var input) && input.Kind == "INPUT_OBJECT")
            {
                foreach (var field in input.InputFields.Where(f => f.Type.NamedType == "Int" && DocumentBuilder.IsIdName(f.Name)))
                {
                    yield return field.Name;
                }
            }
        }
    }

    /// <summary>The answer with the id it was asked about, and trace ids, taken out.</summary>
    private static string Normalise(string body, int id)
    {
        var text = Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "\"traceId\":\"\"");
        return Regex.Replace(text, @"(?<![\d.])" + id.ToString(CultureInfo.InvariantCulture) + @"(?![\d.])", "#ID");
    }
}
