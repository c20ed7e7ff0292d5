using GraphQL;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Tests.Querying;

public sealed class CursorTests
{
    private static readonly Type[] KeyTypes = [typeof(string), typeof(decimal), typeof(DateOnly?), typeof(int)];

    [Fact]
    public void Decode_EncodedValues_RoundTripExactly()
    {
        object?[] values = ["Data Platform \"Rollout\"", 1234567.8901m, null, 42];

        var cursor = Cursor.Encode("abc", values);

        Assert.Equal(values, Cursor.Decode(cursor, "after", "abc", KeyTypes));
        Assert.Equal([new DateOnly(2026, 2, 28)], Cursor.Decode(Cursor.Encode("x", [new DateOnly(2026, 2, 28)]), "after", "x", [typeof(DateOnly?)]));
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("aGVsbG8")]
    [InlineData("azI6e30")]
    [InlineData("azI6eyJvIjoiYWJjIiwiayI6WzFdfQ")]
    public void Decode_ForeignText_IsInvalidCursor(string cursor)
    {
        var error = Assert.Throws<ExecutionError>(() => Cursor.Decode(cursor, "after", "abc", KeyTypes));

        Assert.Equal(QueryErrorCodes.InvalidCursor, error.Code);
    }

    [Fact]
    public void Decode_CursorOfAnotherOrdering_IsInvalidCursor()
    {
        var cursor = Cursor.Encode("other", ["a", 1m, null, 1]);

        var error = Assert.Throws<ExecutionError>(() => Cursor.Decode(cursor, "before", "abc", KeyTypes));

        Assert.Equal(QueryErrorCodes.InvalidCursor, error.Code);
        Assert.Contains("another ordering", error.Message, StringComparison.Ordinal);
    }
}
