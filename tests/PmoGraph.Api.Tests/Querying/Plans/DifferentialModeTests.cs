using System.Data.Common;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Api.Tests.Querying.Plans;

/// <summary>
/// Differential mode catches a compiled answer that differs from the executor's: the compiled statement is made to
/// answer something else (one row off, a value changed, nothing at all), and each time the response carries
/// <c>COMPILED_READ_MISMATCH</c> beside the executor's data. Untouched, the same query has no error.
/// </summary>
public sealed class DifferentialModeTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private const string Query = "{ projects(first: 3, order: [{ name: ASC }]) { totalCount nodes { id code name } } }";

    public static TheoryData<string> Tamperings() => ["drop-row", "change-value", "fail"];

    [Fact]
    public async Task Untouched_NoMismatch()
    {
        var tamper = new Tamper(null);
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(tamper))).CreateClient();

        var data = await client.DataAsync(Query);

        Assert.Equal(3, data.GetProperty("projects").GetProperty("nodes").GetArrayLength());
        Assert.True(tamper.Seen > 0);
    }

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task CompiledAnswerTampered_ReportsMismatchBesideTheExecutorsData(string how)
    {
        var tamper = new Tamper(how);
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(tamper))).CreateClient();

        var response = await client.QueryAsync(Query);

        Assert.Equal([CompiledReadStrategy.MismatchCode], response.ErrorCodes());
        Assert.Equal(3, response.GetProperty("data").GetProperty("projects").GetProperty("nodes").GetArrayLength());
        Assert.True(tamper.Seen > 0);
    }

    /// <summary>Rewrites the differential statement: its page's LIMIT, a value of its rows, or a failure.</summary>
    private sealed class Tamper(string? how) : DbCommandInterceptor
    {
        private int _seen;

        public int Seen => Volatile.Read(ref _seen);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith(CompiledReadStrategy.DifferentialTag, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _seen);
                switch (how)
                {
                    case "drop-row":
                        // The page's LIMIT: written into the SQL on SQLite, the parameter whose value is the page size on PostgreSQL.
                        command.CommandText = command.CommandText.Replace("LIMIT 3", "LIMIT 2", StringComparison.Ordinal);
                        foreach (DbParameter parameter in command.Parameters)
                        {
                            if (parameter.Value is 3)
                            {
                                parameter.Value = 2;
                            }
                        }

                        break;
                    case "change-value":
                        command.CommandText = command.CommandText.Replace("r0.\"Code\"", "r0.\"Name\"", StringComparison.Ordinal);
                        break;
                    case "fail":
                        command.CommandText = "SELECT no_such_column FROM \"Project\"";
                        command.Parameters.Clear();
                        break;
                }
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
