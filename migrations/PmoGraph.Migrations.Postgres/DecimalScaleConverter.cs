using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PmoGraph.Migrations.Postgres;

/// <summary>
/// Reads <c>numeric(18,4)</c> values with the scale SQLite gives them — trailing zeros dropped, at least one decimal
/// (<c>546000.0</c>, <c>1234.56</c>) — so the API prints the same number the same way on both stores, not
/// <c>546000.0000</c> on PostgreSQL only. Values are unchanged; only their scale is.
/// </summary>
internal sealed class DecimalScaleConverter() : ValueConverter<decimal, decimal>(toStore => toStore, fromStore => Normalize(fromStore))
{
    private static decimal Normalize(decimal value)
    {
        // Dividing by a one with many zeros strips trailing zeros; adding 0.0 restores a single decimal place.
        var stripped = value / 1.000000000000000000000000000000000m;
        return stripped + 0.0m;
    }
}
