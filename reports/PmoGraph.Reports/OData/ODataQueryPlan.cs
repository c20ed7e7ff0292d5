using Microsoft.OData;
using Microsoft.OData.UriParser;
using PmoGraph.Reports.Access;
using PmoGraph.Reports.Reading;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.OData;

/// <summary>
/// One page of an entity set, planned from the request's query options parsed by <see cref="ODataUriParser"/>.
/// Paging is server-driven over a total order. Without <c>$orderby</c> the rows come in the view's seek order and
/// the <c>$skiptoken</c> carries the last row's seek values (keyset paging: each page seeks past the previous one in
/// an index, so following every link reads the view once, even an aggregate one); with an explicit <c>$orderby</c>
/// (then the key) it is the number of rows already sent.
/// </summary>
public sealed class ODataQueryPlan
{
    private static readonly HashSet<string> SupportedOptions =
        new(StringComparer.OrdinalIgnoreCase) { "$select", "$filter", "$orderby", "$top", "$skip", "$count", "$skiptoken", "$format" };

    private ODataQueryPlan(ViewQuery query, SqlDialect dialect)
    {
        Query = query;
        _dialect = dialect;
    }

    private readonly SqlDialect _dialect;

    public ViewQuery Query { get; }

    public bool IncludeCount { get; private set; }

    /// <summary>Whether <c>$select</c> named columns (the context URL then lists them).</summary>
    public bool IsProjected { get; private set; }

    /// <summary>The rows this page sends at most.</summary>
    public long PageRows { get; private set; }

    /// <summary>The client's <c>$top</c>, if any, still to be sent from this page on.</summary>
    public long? Top { get; private set; }

    /// <summary>
    /// The query parameter a reporting key may come in (the host's <c>ReportingKeyHandler</c>): a caller that signed
    /// in with it gets it back in <c>@odata.nextLink</c>, so following the link as given stays signed in.
    /// </summary>
    public const string ReportingKeyParameter = "api_key";

    /// <summary>Keyset paging (default order) or offset paging (explicit <c>$orderby</c>).</summary>
    public bool IsKeyset { get; private set; }

    /// <summary>Query options a next link carries over unchanged.</summary>
    public IReadOnlyDictionary<string, string> CarriedOptions { get; private set; } = new Dictionary<string, string>();

    public static ODataQueryPlan Create(
        ViewDefinition view, ViewAccess access, SqlDialect dialect, Uri serviceRoot, IReadOnlyDictionary<string, string> options, int pageSize)
    {
        foreach (var name in options.Keys.Where(k => k.StartsWith('$') && !SupportedOptions.Contains(k)))
        {
            throw ODataFeedException.NotImplemented(
                $"The query option '{name}' is not supported; the feed supports $select, $filter, $orderby, $top, $skip, $count and $skiptoken.");
        }

        if (options.TryGetValue("$format", out var format) && !format.StartsWith("json", StringComparison.OrdinalIgnoreCase)
            && !format.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw ODataFeedException.NotImplemented($"The feed answers in JSON only, not '{format}'.");
        }

        var plan = new ODataQueryPlan(new ViewQuery(view, access), dialect);
        var parser = new ODataUriParser(ODataModel.ModelFor(access), serviceRoot, RequestUri(serviceRoot, view.Name, options));
        try
        {
            plan.Parse(parser, dialect, pageSize);
        }
        catch (ODataException exception)
        {
            throw ODataFeedException.BadRequest(exception.Message);
        }

        plan.CarriedOptions = options
            .Where(o => o.Key is "$select" or "$filter" or "$orderby" or "$count" or "$format" or ReportingKeyParameter)
            .ToDictionary(o => o.Key, o => o.Value);
        return plan;
    }

    private void Parse(ODataUriParser parser, SqlDialect dialect, int pageSize)
    {
        var view = Query.View;
        if (parser.ParseFilter() is { } filter)
        {
            Query.Conditions.Add(new ODataFilterTranslator(Query, dialect).Translate(filter.Expression));
        }

        if (parser.ParseSelectAndExpand() is { AllSelected: false } select)
        {
            var names = select.SelectedItems.OfType<PathSelectItem>()
                .Select(item => item.SelectedPath.FirstSegment is PropertySegment property ? property.Property.Name : null)
                .ToList();
            if (names.Count == 0 || names.Any(n => n is null) || select.SelectedItems.Any(i => i is not PathSelectItem))
            {
                throw ODataFeedException.NotImplemented("$select takes column names only (no $expand, no wildcards of navigation).");
            }

            Query.Columns = [.. view.Columns.Where(c => names.Contains(c.Name))];
            IsProjected = true;
        }

        IsKeyset = true;
        for (var clause = parser.ParseOrderBy(); clause is not null; clause = clause.ThenBy)
        {
            var node = clause.Expression is ConvertNode convert ? convert.Source : clause.Expression;
            if (node is not SingleValuePropertyAccessNode property)
            {
                throw ODataFeedException.NotImplemented("$orderby takes column names only.");
            }

            var column = ViewQuery.Quote(property.Property.Name);
            // OData sorts null as the smallest value.
            Query.OrderBy.Add(clause.Direction == OrderByDirection.Ascending ? $"{column} ASC NULLS FIRST" : $"{column} DESC NULLS LAST");
            IsKeyset = false;
        }

        Top = parser.ParseTop();
        var skip = parser.ParseSkip() ?? 0;
        IncludeCount = parser.ParseCount() ?? false;
        if (parser.ParseSkipToken() is { } token)
        {
            ApplySkipToken(token);
        }
        else if (skip > 0)
        {
            Query.Offset = skip;
        }

        // One row past the page tells whether there is a next page.
        PageRows = Math.Min(pageSize, Top ?? long.MaxValue);
        Query.Limit = Top is { } top && top <= pageSize ? top : PageRows + 1;
    }

    private void ApplySkipToken(string token)
    {
        if (IsKeyset && SeekToken.Parse(token, Query.View) is { } after)
        {
            Query.After = Query.SeekCondition(after, _dialect);
        }
        else if (!IsKeyset && token.StartsWith('o') && long.TryParse(token.AsSpan(1), out var offset) && offset >= 0)
        {
            Query.Offset = offset;
        }
        else
        {
            throw ODataFeedException.BadRequest($"The $skiptoken '{token}' was not issued by this feed for this query; follow @odata.nextLink as given.");
        }
    }

    /// <summary>The <c>$skiptoken</c> continuing after <paramref name="lastRow"/>, the last row of a page.</summary>
    public string NextSkipToken(ViewRow lastRow) => IsKeyset ? SeekToken.Format(lastRow.Seek) : $"o{Query.Offset + PageRows}";

    private static Uri RequestUri(Uri serviceRoot, string set, IReadOnlyDictionary<string, string> options)
    {
        var query = string.Join("&", options.Select(o => $"{Uri.EscapeDataString(o.Key)}={Uri.EscapeDataString(o.Value)}"));
        return new Uri(serviceRoot, query.Length == 0 ? set : $"{set}?{query}");
    }
}
