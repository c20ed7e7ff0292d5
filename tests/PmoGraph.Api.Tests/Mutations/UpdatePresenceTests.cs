using System.Globalization;
using System.Reflection;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Api.Tests.Mutations;

/// <summary>
/// Every field of every <c>update...</c> mutation, found by walking the schema: sent alone (with id and version) it
/// changes its own column and nothing else in the row; sent as null it clears a column that may be empty and is a
/// 'notNullable' ValidationError, with the row untouched, where it may not. Columns the update recomputes are the ones
/// its input type declares (<see cref="UpdateInputType{TInput, TEntity}.DerivesKey"/>).
/// </summary>
public sealed class UpdatePresenceTests(MutationTestFactory api) : IClassFixture<MutationTestFactory>
{
    private const int RowsTried = 40;

    private static readonly string[] TextCandidates = ["Changed by UpdatePresenceTests", "Changed again by UpdatePresenceTests"];
    private static readonly int[] IntCandidates = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100];
    private static readonly decimal[] DecimalCandidates = [0.5m, 0.25m, 1m, 2m, 50m, 1000m];

    private int _lastChanged;

    public static TheoryData<string, string> Fields()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (mutation, input) in UpdateMutations())
        {
            foreach (var field in input.Fields.Where(f => f.Name is not ("id" or "version")))
            {
                cases.Add(mutation.Name, field.Name);
            }
        }

        return cases;
    }

    [Fact]
    public void UpdateMutations_EveryOne_TakesAnUpdateInputWhoseFieldsAreOptional()
    {
        var updates = MutationInputCases.Schema.Mutation!.Fields.Where(f => f.Name.StartsWith("update", StringComparison.Ordinal)).ToList();

        Assert.True(updates.Count >= 9, string.Join(", ", updates.Select(u => u.Name)));
        foreach (var update in updates)
        {
            var input = InputOf(update);
            Assert.True(EntityOf(input) is not null, $"{update.Name} takes {input.Name}, which is not an UpdateInputType: omitted fields would be lost.");
            Assert.All(input.Fields.Where(f => f.Name is not ("id" or "version")), field =>
            {
                Assert.IsNotType<NonNullGraphType>(field.ResolvedType);
                Assert.Null(field.DefaultValue);
                Assert.True(field.HasMetadata(UpdateInputType<UpdateInput, VersionedEntity>.StoresKey), $"{input.Name}.{field.Name} is not declared with Patch.");
                Assert.Contains("left out", field.Description, StringComparison.OrdinalIgnoreCase);
            });
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Update_OneFieldGiven_ChangesOnlyItsColumn(string mutation, string fieldName)
    {
        var (field, entity, derived) = Describe(mutation, fieldName);
        var changed = await ChangeOneAsync(mutation, field, entity, derived);

        Assert.True(changed, $"{mutation}.{fieldName}: no row of the first {RowsTried} {entity.Name}s took any candidate value.");
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Update_OneFieldGivenAsNull_ClearsItOrIsRefused(string mutation, string fieldName)
    {
        var (field, entity, derived) = Describe(mutation, fieldName);
        var target = Target(field, entity);
        if (target is null || !UpdateMerge.CanClear(target))
        {
            // On a row the update accepts (an open risk, a draft report), so the refusal is the null's alone.
            Assert.True(await ChangeOneAsync(mutation, field, entity, derived), $"{mutation}.{fieldName}: no row takes an update.");
            var id = _lastChanged;
            var before = await RowAsync(entity, id);
            var payload = await api.CallAsync(mutation, "result: __typename", Input(before, fieldName, null));

            var error = payload.SingleError("ValidationError");
            Assert.Equal("notNullable", error.GetProperty("rule").GetString());
            Assert.Equal(["input", fieldName], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal(before, await RowAsync(entity, id));
            return;
        }

        // A column that may be empty is cleared on the first row that holds a value and whose other rules allow it
        // (a key result's parent is required by the tree, not by the column): other rows' refusals name the field,
        // with a rule of their own, and change nothing.
        Assert.True(await ChangeOneAsync(mutation, field, entity, derived), $"{mutation}.{fieldName}: no row holds a value to clear.");
        var refusals = new List<string>();
        foreach (var id in (await IdsAsync(entity)).Prepend(_lastChanged).Distinct())
        {
            var before = await RowAsync(entity, id);
            if (before[target.Name] is null)
            {
                continue;
            }

            var payload = await api.CallAsync(mutation, "result: __typename", Input(before, fieldName, null));
            var after = await RowAsync(entity, id);
            if (payload.GetProperty("errors").ValueKind == JsonValueKind.Null)
            {
                Assert.Null(after[target.Name]);
                AssertOnlyChanged(before, after, [target.Name, .. derived], $"{mutation}.{fieldName} = null on {entity.Name} {id}");
                return;
            }

            var error = payload.SingleError("ValidationError");
            Assert.Equal(["input", fieldName], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
            Assert.NotEqual("notNullable", error.GetProperty("rule").GetString());
            Assert.Equal(before, after);
            refusals.Add(error.GetProperty("rule").GetString()!);
        }

        Assert.NotEmpty(refusals);
    }

    /// <summary>Sends the field alone with candidate values on rows in turn, until one is taken; checks that row.</summary>
    private async Task<bool> ChangeOneAsync(string mutation, FieldType field, Type entity, IReadOnlyList<string> derived)
    {
        if (await TryChangeOneAsync(mutation, field, entity, derived, await IdsAsync(entity)))
        {
            return true;
        }

        // A field another one excludes (a milestone's earned-value amount against its weight) is taken once the
        // other is cleared, itself an update of one field.
        var input = InputOf(MutationInputCases.Schema.Mutation!.Fields.Find(mutation)!);
        var id = await FirstIdAsync(entity);
        foreach (var other in input.Fields.Where(f => f != field && Target(f, entity) is { } t && UpdateMerge.CanClear(t)))
        {
            await api.CallAsync(mutation, "result: __typename", Input(await RowAsync(entity, id), other.Name, null));
            if (await TryChangeOneAsync(mutation, field, entity, derived, [id]))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<bool> TryChangeOneAsync(string mutation, FieldType field, Type entity, IReadOnlyList<string> derived, IReadOnlyList<int> ids)
    {
        var target = Target(field, entity);
        foreach (var id in ids)
        {
            foreach (var value in Candidates(field, target is null ? null : (await RowAsync(entity, id))[target.Name]))
            {
                var before = await RowAsync(entity, id);
                var payload = await api.CallAsync(mutation, "result: __typename", Input(before, field.Name, value));
                var after = await RowAsync(entity, id);
                if (payload.GetProperty("errors").ValueKind != JsonValueKind.Null)
                {
                    Assert.Equal(before, after);
                    continue;
                }

                var what = $"{mutation}.{field.Name} = {value} on {entity.Name} {id}";
                if (target is not null)
                {
                    Assert.Equal(Clr(field, value, target.PropertyType), after[target.Name]);
                }
                else if (derived.All(column => Equals(before[column], after[column])))
                {
                    // A value applied through a derived column (a cost impact at probability 0) may leave the row's
                    // values as they were (its version still moves on).
                    AssertOnlyChanged(before, after, [], what);
                    continue;
                }

                AssertOnlyChanged(before, after, target is null ? derived : [target.Name, .. derived], what);
                _lastChanged = id;
                return true;
            }
        }

        return false;
    }

    private static void AssertOnlyChanged(Dictionary<string, object?> before, Dictionary<string, object?> after, IReadOnlyList<string> mayChange, string what)
    {
        // Every accepted update is a new version of the row, even one that leaves its values as they were.
        Assert.Equal((long)before[nameof(VersionedEntity.Version)]! + 1, after[nameof(VersionedEntity.Version)]);
        foreach (var (column, value) in before)
        {
            if (column != nameof(VersionedEntity.Version) && !mayChange.Contains(column))
            {
                Assert.True(Equals(value, after[column]), $"{what}: {column} was {value}, is {after[column]}.");
            }
        }
    }

    private static Dictionary<string, object?> Input(Dictionary<string, object?> row, string field, object? value) => new()
    {
        ["id"] = row[nameof(Entity.Id)],
        ["version"] = row[nameof(VersionedEntity.Version)],
        [field] = value,
    };

    /// <summary>Values of the field's type, different from the stored one, in the order they are tried.</summary>
    private static IEnumerable<object?> Candidates(FieldType field, object? stored)
    {
        IEnumerable<object?> values = field.ResolvedType switch
        {
            EnumerationGraphType enumeration => enumeration.Values.Where(v => !Equals(v.Value, stored)).Select(v => (object?)v.Name),
            BooleanGraphType => [!(stored as bool? ?? false)],
            StringGraphType => TextCandidates.Where(t => !Equals(t, stored)).Select(t => (object?)t),
            IntGraphType => IntCandidates.Where(i => !Equals(i, stored)).Select(i => (object?)i),
            DecimalGraphType => DecimalCandidates.Where(d => !Equals(d, stored)).Select(d => (object?)d),
            DateOnlyGraphType => (stored is DateOnly date
                    ? new[] { date.AddDays(1), date.AddDays(-1), date.AddDays(30) }
                    : [new DateOnly(2026, 6, 15), new DateOnly(2026, 1, 15), new DateOnly(2027, 3, 1)])
                .Select(d => (object?)d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            var other => throw new InvalidOperationException($"No candidate values for {other?.Name} ('{field.Name}'); teach UpdatePresenceTests some."),
        };
        return values;
    }

    private static object? Clr(FieldType field, object? value, Type type) => field.ResolvedType switch
    {
        EnumerationGraphType enumeration => enumeration.Values.FindByName((string)value!)!.Value,
        DateOnlyGraphType => DateOnly.Parse((string)value!, CultureInfo.InvariantCulture),
        StringGraphType => ((string)value!).Trim(),
        _ => Convert.ChangeType(value, Nullable.GetUnderlyingType(type) ?? type, CultureInfo.InvariantCulture),
    };

    private static (FieldType Field, Type Entity, IReadOnlyList<string> Derived) Describe(string mutation, string fieldName)
    {
        var input = InputOf(MutationInputCases.Schema.Mutation!.Fields.Find(mutation)!);
        var entity = EntityOf(input)!;
        var derived = input.GetMetadata<List<string>>(UpdateInputType<UpdateInput, VersionedEntity>.DerivesKey) ?? [];
        return (input.Fields.Find(fieldName)!, entity, derived);
    }

    private static PropertyInfo? Target(FieldType field, Type entity) =>
        field.GetMetadata<string?>(UpdateInputType<UpdateInput, VersionedEntity>.StoresKey) is { } name ? entity.GetProperty(name) : null;

    private static IEnumerable<(FieldType Mutation, IInputObjectGraphType Input)> UpdateMutations() =>
        from mutation in MutationInputCases.Schema.Mutation!.Fields
        let input = InputOf(mutation)
        where EntityOf(input) is not null
        select (mutation, input);

    private static IInputObjectGraphType InputOf(FieldType mutation)
    {
        var type = mutation.Arguments!.Find("input")!.ResolvedType!;
        return (IInputObjectGraphType)(type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type);
    }

    private static Type? EntityOf(IInputObjectGraphType input)
    {
        for (var type = input.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(UpdateInputType<,>))
            {
                return type.GetGenericArguments()[1];
            }
        }

        return null;
    }

    private async Task<int> FirstIdAsync(Type entity) => (await IdsAsync(entity))[0];

    private Task<List<int>> IdsAsync(Type entity) => api.ReadAsync(db =>
        (Task<List<int>>)typeof(UpdatePresenceTests).GetMethod(nameof(IdsOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(entity).Invoke(null, [db])!);

    private static Task<List<int>> IdsOf<TEntity>(PmoDbContext db)
        where TEntity : Entity =>
        db.Set<TEntity>().OrderBy(e => e.Id).Select(e => e.Id).Take(RowsTried).ToListAsync();

    /// <summary>Every column of the row as stored, by property name.</summary>
    private Task<Dictionary<string, object?>> RowAsync(Type entity, int id) => api.ReadAsync(async db =>
    {
        var row = await db.FindAsync(entity, id) ?? throw new InvalidOperationException($"No {entity.Name} {id}.");
        // A token the store writes itself on every save (PostgreSQL's xmin) is no column an update is given.
        return db.Entry(row).Properties
            .Where(p => p.Metadata.ValueGenerated != ValueGenerated.OnAddOrUpdate)
            .ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
    });
}
