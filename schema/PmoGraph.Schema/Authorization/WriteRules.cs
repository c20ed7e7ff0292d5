using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Programs;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Surveys;

namespace PmoGraph.Schema.Authorization;

/// <summary>
/// The write rules, checked on what a mutation is about to save rather than on its name, so a new mutation is covered
/// the day it is written: pmo-admin changes anything; a portfolio manager changes rows of the portfolios they own;
/// a project manager changes the projects they manage and the rows that belong to them; shared reference data
/// (people, strategy, standards, ...) and new portfolios are pmo-admin's alone; analysts and viewers change nothing.
/// A row moved between owners must be the caller's on both sides.
/// </summary>
public sealed class WriteRules(PmoDbContext db)
{
    /// <summary>Refuses the mutation before it runs when the caller's role changes nothing at all.</summary>
    public static NotAllowedError? RefuseRole(ClaimsPrincipal? user) => Caller.RoleOf(user) switch
    {
        null => new NotAllowedError("Sign in with a role that may change data (pmo-admin, portfolio-manager or project-manager)."),
        var role when !Caller.MayWrite(role) => new NotAllowedError($"The {role} role is read-only."),
        _ => null,
    };

    /// <summary>
    /// Checks every pending change of the mutation; returns the first reference to a row the caller cannot read (a
    /// <see cref="NotFoundError"/>, the same answer as for a row that does not exist) or the first change the caller
    /// may not make.
    /// </summary>
    public async Task<MutationError?> CheckAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (await PendingReferences.FirstMissingAsync(db, cancellationToken).ConfigureAwait(false) is { } missing)
        {
            return missing;
        }

        var role = Caller.RoleOf(user);
        if (role == PmoRoles.PmoAdmin)
        {
            return null;
        }

        if (RefuseRole(user) is { } refused)
        {
            return refused;
        }

        var subject = Caller.SubjectOf(user);
        var changes = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in changes)
        {
            foreach (var owner in await OwnersAsync(entry, cancellationToken).ConfigureAwait(false))
            {
                if (!await MayChangeAsync(role!, subject, owner, cancellationToken).ConfigureAwait(false))
                {
                    return new NotAllowedError(Describe(role!, entry));
                }
            }
        }

        return null;
    }

    private async Task<bool> MayChangeAsync(string role, string? subject, Owner owner, CancellationToken cancellationToken)
    {
        if (owner.Kind == OwnerKind.PmoOnly)
        {
            return false;
        }

        if (owner.Kind == OwnerKind.Portfolio)
        {
            return role == PmoRoles.PortfolioManager && await db.Set<Portfolio>().AsNoTracking()
                .AnyAsync(p => p.Id == owner.Id && p.Owner != null && p.Owner.Subject == subject, cancellationToken).ConfigureAwait(false);
        }

        var project = db.Set<Project>().AsNoTracking().Where(p => p.Id == owner.Id);
        return role == PmoRoles.PortfolioManager
            ? await project.AnyAsync(p => p.Program.Portfolio.Owner != null && p.Program.Portfolio.Owner.Subject == subject, cancellationToken).ConfigureAwait(false)
            : await project.AnyAsync(p => p.Manager != null && p.Manager.Subject == subject, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the row belongs to, before and after the change.</summary>
    private async Task<IReadOnlyList<Owner>> OwnersAsync(EntityEntry entry, CancellationToken cancellationToken)
    {
        switch (entry.Entity)
        {
            case Portfolio:
                return entry.State == EntityState.Added ? [Owner.PmoOnly] : [new(OwnerKind.Portfolio, Original(entry, nameof(Portfolio.Id)))];
            case Program:
                return PortfolioOwners(entry, nameof(Program.PortfolioId));
            case Project when entry.State == EntityState.Added:
                return [await ProgramPortfolioAsync(Current(entry, nameof(Project.ProgramId)), cancellationToken).ConfigureAwait(false)];
            case Project when Original(entry, nameof(Project.ProgramId)) != Current(entry, nameof(Project.ProgramId)):
                // Moving a project to another program is a change to both portfolios.
                return [new(OwnerKind.Project, Original(entry, nameof(Project.Id))),
                        await ProgramPortfolioAsync(Current(entry, nameof(Project.ProgramId)), cancellationToken).ConfigureAwait(false)];
            case Project:
                return [new(OwnerKind.Project, Original(entry, nameof(Project.Id)))];
            case BenefitMeasurement:
                return await ParentProjectsAsync<Benefit>(entry, nameof(BenefitMeasurement.BenefitId), cancellationToken).ConfigureAwait(false);
            case SurveyResponse:
                return await ParentProjectsAsync<Survey>(entry, nameof(SurveyResponse.SurveyId), cancellationToken).ConfigureAwait(false);
        }

        return entry.Metadata.FindProperty("ProjectId") is not null
            ? [.. new[] { Original(entry, "ProjectId"), Current(entry, "ProjectId") }.Distinct().Select(id => new Owner(OwnerKind.Project, id))]
            : [Owner.PmoOnly];
    }

    private static Owner[] PortfolioOwners(EntityEntry entry, string property) =>
        entry.State == EntityState.Added
            ? [new(OwnerKind.Portfolio, Current(entry, property))]
            : [.. new[] { Original(entry, property), Current(entry, property) }.Distinct().Select(id => new Owner(OwnerKind.Portfolio, id))];

    private async Task<Owner> ProgramPortfolioAsync(int programId, CancellationToken cancellationToken)
    {
        var portfolio = await db.Set<Program>().AsNoTracking().Where(p => p.Id == programId).Select(p => (int?)p.PortfolioId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return portfolio is { } id ? new Owner(OwnerKind.Portfolio, id) : Owner.PmoOnly;
    }

    private async Task<IReadOnlyList<Owner>> ParentProjectsAsync<TParent>(EntityEntry entry, string foreignKey, CancellationToken cancellationToken)
        where TParent : Common.Entity
    {
        int[] parents = entry.State == EntityState.Added ? [Current(entry, foreignKey)] : [Original(entry, foreignKey), Current(entry, foreignKey)];
        var projects = await db.Set<TParent>().AsNoTracking().Where(p => parents.Contains(p.Id))
            .Select(p => EF.Property<int>(p, "ProjectId")).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return projects.Count == 0 ? [Owner.PmoOnly] : [.. projects.Select(id => new Owner(OwnerKind.Project, id))];
    }

    private static int Original(EntityEntry entry, string property) =>
        entry.State == EntityState.Added ? Current(entry, property) : (int)entry.Property(property).OriginalValue!;

    private static int Current(EntityEntry entry, string property) => (int)entry.Property(property).CurrentValue!;

    private static string Describe(string role, EntityEntry entry)
    {
        var what = entry.Metadata.ClrType.Name;
        return role switch
        {
            PmoRoles.PortfolioManager => $"A portfolio manager changes only what belongs to the portfolios they own; this {what} does not.",
            _ => $"A project manager changes only the projects they manage and what belongs to them; this {what} does not.",
        };
    }

    private enum OwnerKind
    {
        PmoOnly,
        Portfolio,
        Project,
    }

    private readonly record struct Owner(OwnerKind Kind, int Id)
    {
        public static Owner PmoOnly => new(OwnerKind.PmoOnly, 0);
    }
}
