using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Tests.Querying;

public sealed class KeysetPredicateTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    // Ties and nulls in a date and a text key, in every combination.
    private static readonly Milestone[] Rows =
    [
        .. Enumerable.Range(1, 24).Select(i => new Milestone
        {
            Id = i,
            Name = i % 5 == 0 ? null! : $"m{i % 3}",
            ActualDate = i % 4 == 0 ? null : Day.AddDays(i % 3),
            PercentComplete = i % 2 * 50,
        }),
    ];

    public static TheoryData<string, SortDirection, string, SortDirection> Orderings => new()
    {
        { "actualDate", SortDirection.Asc, "name", SortDirection.Asc },
        { "actualDate", SortDirection.Desc, "name", SortDirection.Desc },
        { "name", SortDirection.Desc, "actualDate", SortDirection.Asc },
        { "name", SortDirection.Asc, "percentComplete", SortDirection.Desc },
        { "percentComplete", SortDirection.Desc, "actualDate", SortDirection.Desc },
    };

    private static Comparer<Milestone> Expected(string key, SortDirection direction, Comparer<Milestone> then)
    {
        // LINQ's own comparers: nulls smallest, text ordinal.
        Comparison<Milestone> compare = key switch
        {
            "actualDate" => (a, b) => Comparer<DateOnly?>.Default.Compare(a.ActualDate, b.ActualDate),
            "name" => (a, b) => StringComparer.Ordinal.Compare(a.Name, b.Name),
            _ => (a, b) => a.PercentComplete.CompareTo(b.PercentComplete),
        };
        return Comparer<Milestone>.Create((a, b) =>
        {
            var result = direction == SortDirection.Desc ? -compare(a, b) : compare(a, b);
            return result != 0 ? result : then.Compare(a, b);
        });
    }

    [Theory]
    [MemberData(nameof(Orderings))]
    public void Beyond_EveryRowAsCursor_SelectsExactlyTheRowsAfterAndBeforeIt(string first, SortDirection firstDirection, string second, SortDirection secondDirection)
    {
        var model = QueryModel.Of(typeof(MilestoneType));
        var order = SortOrder.Parse(model, new List<object?>
        {
            new Dictionary<string, object?> { [first] = firstDirection },
            new Dictionary<string, object?> { [second] = secondDirection },
        });
        var byId = Comparer<Milestone>.Create((a, b) => a.Id.CompareTo(b.Id));
        var expected = Rows.Order(Expected(first, firstDirection, Expected(second, secondDirection, byId))).Select(r => r.Id).ToList();
        var keys = order.Keys.Select(k => k.Key.Compile()).ToList();

        Assert.Equal(expected, order.Apply(Rows.AsQueryable(), reverse: false).Select(r => r.Id));
        Assert.Equal(Enumerable.Reverse(expected), order.Apply(Rows.AsQueryable(), reverse: true).Select(r => r.Id));
        for (var i = 0; i < expected.Count; i++)
        {
            var row = Rows.Single(r => r.Id == expected[i]);
            var values = keys.Select(k => k.DynamicInvoke(row)).ToList();

            var after = Rows.AsQueryable().Where(KeysetPredicate.Beyond<Milestone>(order, values, backward: false)).Select(r => r.Id).ToHashSet();
            var before = Rows.AsQueryable().Where(KeysetPredicate.Beyond<Milestone>(order, values, backward: true)).Select(r => r.Id).ToHashSet();

            Assert.Equal(expected.Skip(i + 1).ToHashSet(), after);
            Assert.Equal(expected.Take(i).ToHashSet(), before);
        }
    }

    [Fact]
    public void Parse_SameKeysDifferentDirection_HaveDifferentFingerprints()
    {
        var model = QueryModel.Of(typeof(MilestoneType));

        var ascending = SortOrder.Parse(model, new List<object?> { new Dictionary<string, object?> { ["name"] = SortDirection.Asc } });
        var descending = SortOrder.Parse(model, new List<object?> { new Dictionary<string, object?> { ["name"] = SortDirection.Desc } });
        var none = SortOrder.Parse(model, null);

        Assert.NotEqual(ascending.Fingerprint, descending.Fingerprint);
        Assert.Equal(["name", "id"], ascending.Keys.Select(k => k.Path));
        Assert.Equal(["id"], none.Keys.Select(k => k.Path));
    }
}
