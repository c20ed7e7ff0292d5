using System.Text.Json;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// The GraphiQL IDE for a browser that opens the endpoint. React, ReactDOM and GraphiQL come from unpkg at pinned
/// versions (GraphiQL 3 is the last line shipped as a UMD bundle that needs no build step).
/// </summary>
internal static class GraphiQLPage
{
    public const string ReactVersion = "18.3.1";
    public const string GraphiQLVersion = "3.8.3";

    private const string EndpointPlaceholder = "__ENDPOINT__";

    private const string Template = $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>PmoGraph GraphiQL</title>
          <style>
            body { margin: 0; height: 100vh; overflow: hidden; }
            #graphiql { height: 100vh; }
          </style>
          <link rel="stylesheet" href="https://unpkg.com/graphiql@{{GraphiQLVersion}}/graphiql.min.css" crossorigin="anonymous" />
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="https://unpkg.com/react@{{ReactVersion}}/umd/react.production.min.js" crossorigin="anonymous"></script>
          <script src="https://unpkg.com/react-dom@{{ReactVersion}}/umd/react-dom.production.min.js" crossorigin="anonymous"></script>
          <script src="https://unpkg.com/graphiql@{{GraphiQLVersion}}/graphiql.min.js" crossorigin="anonymous"></script>
          <script>
            // The endpoint path as the server saw it (path base included), so the page works behind any host and port.
            const endpoint = {{EndpointPlaceholder}};
            const fetcher = GraphiQL.createFetcher({ url: endpoint });
            ReactDOM.createRoot(document.getElementById('graphiql')).render(
              React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
          </script>
        </body>
        </html>
        """;

    /// <summary>The page, its fetcher pointed at <paramref name="endpointPath"/> (a host-relative path such as <c>/graphql</c>).</summary>
    public static string Render(string endpointPath) =>
        // JSON-encoding escapes quotes and <, >, & too, so the path cannot break out of the script.
        Template.Replace(EndpointPlaceholder, JsonSerializer.Serialize(endpointPath), StringComparison.Ordinal);
}
