using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using PmoGraph.Reports.Access;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.OData;

/// <summary>
/// The feed's entity data model, built from the view catalogue: one entity type and one entity set per view, keyed
/// by the view's key column, with each column's description as a Core.Description annotation. There is one model per
/// audience of <see cref="ViewAccess"/>: a caller's <c>$metadata</c>, and the parser of their query options, know
/// only the views and columns they may read, so naming another is the same 400 as naming one that does not exist.
/// </summary>
public static class ODataModel
{
    public const string Namespace = "PmoGraph";

    private static readonly ConcurrentDictionary<string, Lazy<(IEdmModel Model, string Csdl)>> Models = new(StringComparer.Ordinal);

    /// <summary>The model of the views <paramref name="access"/> reads.</summary>
    public static IEdmModel ModelFor(ViewAccess access) => For(access).Model;

    /// <summary>The <c>$metadata</c> document of the views <paramref name="access"/> reads.</summary>
    public static string CsdlFor(ViewAccess access) => For(access).Csdl;

    private static (IEdmModel Model, string Csdl) For(ViewAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return Models.GetOrAdd(access.Audience, _ => new(() =>
        {
            var model = Build(access.Views);
            return (model, WriteCsdl(model));
        })).Value;
    }

    private static EdmModel Build(IReadOnlyList<ViewDefinition> views)
    {
        var model = new EdmModel();
        var container = new EdmEntityContainer(Namespace, "Reports");
        model.AddElement(container);
        foreach (var view in views)
        {
            var type = new EdmEntityType(Namespace, view.Name);
            foreach (var column in view.Columns)
            {
                var isKey = column.Name == view.Key;
                var property = type.AddStructuralProperty(column.Name, KindOf(column.Type), isNullable: !isKey);
                if (isKey)
                {
                    type.AddKeys(property);
                }

                model.SetDescriptionAnnotation(property, column.Description);
            }

            model.AddElement(type);
            var set = container.AddEntitySet(view.Name, type);
            model.SetDescriptionAnnotation(type, view.Grain is null ? view.Description : $"{view.Description} Grain: {view.Grain}");
            model.SetDescriptionAnnotation(set, view.Description);
        }

        return model;
    }

    public static EdmPrimitiveTypeKind KindOf(ViewColumnType type) => type switch
    {
        ViewColumnType.Whole => EdmPrimitiveTypeKind.Int32,
        ViewColumnType.Amount => EdmPrimitiveTypeKind.Decimal,
        ViewColumnType.Text => EdmPrimitiveTypeKind.String,
        _ => EdmPrimitiveTypeKind.Date,
    };

    private static string WriteCsdl(IEdmModel model)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            if (!CsdlWriter.TryWriteCsdl(model, xml, CsdlTarget.OData, out var errors))
            {
                throw new InvalidOperationException("The OData model does not serialise: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
