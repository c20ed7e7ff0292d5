using System.Text.Encodings.Web;
using System.Text.Json;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.GraphQL.Ide;

/// <summary>
/// The GraphiQL IDE for a browser that opens the endpoint. React, ReactDOM and GraphiQL are the API's own files
/// (<see cref="IdeAssets"/>), at the pinned versions below, so the page needs no network. GraphiQL 3 is the last line
/// shipped as a UMD bundle that needs no build step, and React 18 the last with UMD builds.
/// </summary>
internal static class GraphiQLPage
{
    public const string ReactVersion = "18.3.1";
    public const string GraphiQLVersion = "3.8.3";

    /// <summary>The files the page loads, relative to <see cref="IdeEndpoints.AssetsPath"/>.</summary>
    public static readonly IReadOnlyList<string> Assets =
    [
        "pmograph/favicon.svg",
        $"graphiql@{GraphiQLVersion}/graphiql.min.css",
        $"react@{ReactVersion}/react.production.min.js",
        $"react-dom@{ReactVersion}/react-dom.production.min.js",
        $"graphiql@{GraphiQLVersion}/graphiql.min.js",
    ];

    /// <summary>What the headers tab holds until the newcomer pastes a token over the placeholder.</summary>
    public const string DefaultHeaders = """
        {
          "Authorization": "Bearer <paste the token here>"
        }
        """;

    /// <summary>The first tab's query on a browser's first visit (GraphiQL keeps the tabs in its storage after that).</summary>
    public const string DefaultQuery = """
        # Welcome to PmoGraph. With a token in the Headers tab, run this with Ctrl-Enter or the play button;
        # the Docs (the book icon on the left) list every type and field.
        {
          projects(first: 5) {
            totalCount
            nodes { code name stage }
          }
        }

        """;

    /// <summary>
    /// The page, its fetcher pointed at <paramref name="endpointPath"/> (a host-relative path such as <c>/graphql</c>)
    /// and its files loaded from <paramref name="assetsPath"/> (the same below the path base).
    /// </summary>
    public static string Render(string endpointPath, string assetsPath)
    {
        var assets = HtmlEncoder.Default.Encode(assetsPath);
        var otherRoles = string.Join(", ", PmoRoles.All.Where(r => r != PmoRoles.PmoAdmin));

        // JSON-encoding escapes quotes and <, >, & too, so no value can break out of the script.
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8" />
              <meta name="viewport" content="width=device-width, initial-scale=1" />
              <title>PmoGraph GraphiQL</title>
              <link rel="icon" type="image/svg+xml" href="{{assets}}/{{Assets[0]}}" />
              <link rel="stylesheet" href="{{assets}}/{{Assets[1]}}" />
              <style>
                body { margin: 0; height: 100vh; overflow: hidden; display: flex; flex-direction: column; }
                #sign-in { flex: none; padding: 6px 12px; font: 13px/1.5 system-ui, sans-serif; background: #fff8dc; border-bottom: 1px solid #e6d9a6; }
                #sign-in code { padding: 0 3px; background: #fff; border: 1px solid #e6d9a6; border-radius: 3px; user-select: all; }
                #graphiql { flex: 1; min-height: 0; }
              </style>
            </head>
            <body>
              <div id="sign-in" role="note">
                <strong>Every request needs a token.</strong> Mint one where you run the API:
                <code>{{HtmlEncoder.Default.Encode(StartupBanner.TokenCommand)}}</code>
                (other roles: {{HtmlEncoder.Default.Encode(otherRoles)}}), and put it in the <em>Headers</em> tab below as
                <code>{"Authorization": "Bearer &lt;token&gt;"}</code>; then re-fetch the schema (the circling arrows on
                the left, or Shift-Ctrl-R) to fill the Docs.
              </div>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="{{assets}}/{{Assets[2]}}"></script>
              <script src="{{assets}}/{{Assets[3]}}"></script>
              <script src="{{assets}}/{{Assets[4]}}"></script>
              <script>
                // The endpoint path as the server saw it (path base included), so the page works behind any host and port.
                const endpoint = {{JsonSerializer.Serialize(endpointPath)}};
                const fetcher = GraphiQL.createFetcher({ url: endpoint });
                ReactDOM.createRoot(document.getElementById('graphiql')).render(
                  React.createElement(GraphiQL, {
                    fetcher,
                    defaultEditorToolsVisibility: 'headers',
                    defaultHeaders: {{JsonSerializer.Serialize(DefaultHeaders)}},
                    defaultQuery: {{JsonSerializer.Serialize(DefaultQuery)}},
                  }));
              </script>
            </body>
            </html>
            """;
    }
}
