using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Compliance;

/// <summary>A project's <c>compliance</c> field, batched per query level.</summary>
public static class ComplianceField
{
    public static void Compliance(this ObjectGraphType<Project> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ComplianceAssessmentType>, IDataLoaderResult<ComplianceAssessment>>("compliance")
            .Description("The project's methodology compliance: score and missing mandatory artefacts for the stages it has reached.")
            .Resolve(context =>
            {
                var services = context.RequestServices!;
                var loader = services.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(
                    "compliance",
                    () => new BatchLoader<int, ComplianceAssessment>(
                        async (ids, ct) => (await ComplianceLoader.AssessAsync(services.GetRequiredService<PmoDbContext>(), p => ids.Contains(p.Id), ct))
                            .ToDictionary(a => a.Assessment.ProjectId, a => a.Assessment),
                        new ComplianceAssessment(0, 0, 0, null, [])));
                return loader.Load(context.Source.Id);
            })
            .Reads();
    }
}
