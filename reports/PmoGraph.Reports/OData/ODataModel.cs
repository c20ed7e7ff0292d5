using System.Text;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.OData;

/// <summary>
/// The feed's entity data model, built from the view catalogue: one entity type and one entity set per view, keyed
/// by the view's key column, with each column's description as a Core.Description annotation.
/// </summary>
public static class ODataModel
{
    public const string Namespace = "PmoGraph";

    private static readonly Lazy<IEdmModel> LazyModel = new(Build);
    private static readonly Lazy<string> LazyCsdl = new(WriteCsdl);

    public static IEdmModel Model => LazyModel.Value;

    /// <summary>The <c>$metadata</c> document.</summary>
    public static string Csdl => LazyCsdl.Value;

    private static EdmModel Build()
    {
        var model = new EdmModel();
        var container = new EdmEntityContainer(Namespace, "Reports");
        model.AddElement(container);
        foreach (var view in ViewCatalogue.Views)
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

    private static string WriteCsdl()
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            if (!CsdlWriter.TryWriteCsdl(Model, xml, CsdlTarget.OData, out var errors))
            {
                throw new InvalidOperationException("The OData model does not serialise: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
