using PmoGraph.Api.GraphQL.Plans;
using PmoGraph.Api.Tests.Security;
using PmoGraph.Schema.Common;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// The plan cache's store against a plain model of a least-recently-used list, over random sequences of lookups and
/// additions (seeded, printed on failure): the same entries survive, and neither bound is ever passed.
/// </summary>
public sealed class BoundedLruTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1, 1_000)]
    [InlineData(5, 1_000)]
    [InlineData(50, 400)]
    [InlineData(8, 60)]
    public void RandomUse_MatchesTheModel_AndStaysWithinBothBounds(int maxEntries, long maxBytes)
    {
        var seed = TestSeed.From("PMOGRAPH_TEST_SEED", output);
        var random = new Random(HashCode.Combine(seed, maxEntries, maxBytes));
        var lru = new BoundedLru<int, string>(maxEntries, maxBytes);
        var model = new List<(int Key, string Value, long Bytes)>(); // most recent first
        var evictedTotal = 0;

        for (var step = 0; step < 5_000; step++)
        {
            var key = random.Next(0, 40);
            if (random.Next(2) == 0)
            {
                var found = lru.TryGet(key, out var value);
                var index = model.FindIndex(e => e.Key == key);
                Assert.True(found == index >= 0, $"seed {seed}, step {step}: lookup of {key}");
                if (index >= 0)
                {
                    var entry = model[index];
                    Assert.Equal(entry.Value, value);
                    model.RemoveAt(index);
                    model.Insert(0, entry);
                }

                continue;
            }

            var bytes = (long)random.Next(1, 120);
            var text = $"{key}@{step}";
            var evicted = lru.Add(key, text, bytes);
            var expectedEvictions = 0;
            if (bytes <= maxBytes)
            {
                model.RemoveAll(e => e.Key == key);
                while (model.Count > 0 && (model.Count >= maxEntries || model.Sum(e => e.Bytes) + bytes > maxBytes))
                {
                    model.RemoveAt(model.Count - 1);
                    expectedEvictions++;
                }

                model.Insert(0, (key, text, bytes));
            }

            evictedTotal += evicted;
            Assert.True(expectedEvictions == evicted, $"seed {seed}, step {step}: evicted {evicted}, expected {expectedEvictions}");
            Assert.True(lru.Count <= maxEntries && lru.Bytes <= maxBytes, $"seed {seed}, step {step}: {lru.Count} entries, {lru.Bytes} bytes");
            Assert.Equal(model.Count, lru.Count);
            Assert.Equal(model.Sum(e => e.Bytes), lru.Bytes);
        }

        Assert.True(evictedTotal > 0, $"seed {seed}: the sequence never filled the cache");
    }

    [Fact]
    public void EntryLargerThanTheByteBound_IsNotKept_AndEvictsNothing()
    {
        var lru = new BoundedLru<string, string>(10, 100);
        lru.Add("small", "s", 60);

        Assert.Equal(0, lru.Add("huge", "h", 101));
        Assert.False(lru.TryGet("huge", out _));
        Assert.True(lru.TryGet("small", out _));
    }
}
