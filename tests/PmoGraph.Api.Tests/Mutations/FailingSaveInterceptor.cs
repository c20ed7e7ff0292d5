using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Api.Tests.Mutations;

/// <summary>Fails the Nth SaveChanges after it is armed, to show a mutation leaves nothing half-written.</summary>
public sealed class FailingSaveInterceptor : SaveChangesInterceptor
{
    private int _savesUntilFailure;

    /// <summary>The <paramref name="nth"/> save from now throws (1 = the next one).</summary>
    public void Arm(int nth) => _savesUntilFailure = nth;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (_savesUntilFailure > 0 && --_savesUntilFailure == 0)
        {
            throw new IOException("Injected failure in the middle of a mutation's save.");
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
