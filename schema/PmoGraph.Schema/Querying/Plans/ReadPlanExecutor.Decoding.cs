using System.Text.Json;

namespace PmoGraph.Schema.Querying;

/// <summary>The store's JSON of a root field, decoded into the response values the plan's fields expect.</summary>
internal sealed partial class ReadPlanExecutor
{
    private CompiledObject DecodeConnection(JsonElement value, ConnectionPlan connection, LevelInfo level)
    {
        var request = level.Request;
        var read = value[0].EnumerateArray().ToList();
        var farSide = value[2].ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => value[2].GetInt64() != 0,
            _ => false,
        };
        var more = read.Count > request.Size;
        var rows = request.FromEnd ? read.Take(request.Size).Reverse().ToList() : read.Take(request.Size).ToList();
        var hasNext = request.FromEnd ? farSide : more;
        var hasPrevious = request.FromEnd ? more : farSide;
        var cursors = connection.SelectsCursors ? rows.Select(r => Cursor(r, connection.Nodes.Count, level)).ToList() : null;

        var result = new CompiledObject(connection.Members.Count);
        var part = 0;
        foreach (var member in connection.Members)
        {
            switch (member)
            {
                case ConnectionTypename typename:
                    result.Add(typename.Key, typename.TypeName);
                    break;
                case ConnectionTotal total:
                    result.Add(total.Key, value[1].GetInt32());
                    break;
                case ConnectionNodes nodes:
                    {
                        var index = part++;
                        var list = new CompiledList(rows.Count);
                        list.Items.AddRange(rows.Select(r => DecodeNode(r[index], nodes.Node)));
                        result.Add(nodes.Key, list);
                        break;
                    }

                case ConnectionEdges edges:
                    {
                        var list = new CompiledList(rows.Count);
                        var first = part;
                        part += edges.Members.Count(m => m is EdgeNode);
                        for (var i = 0; i < rows.Count; i++)
                        {
                            var edge = new CompiledObject(edges.Members.Count);
                            var index = first;
                            foreach (var edgeMember in edges.Members)
                            {
                                edge.Add(edgeMember.Key, edgeMember switch
                                {
                                    EdgeTypename typename => typename.TypeName,
                                    EdgeCursor => cursors![i],
                                    EdgeNode node => DecodeNode(rows[i][index++], node.Node),
                                    _ => throw new NotCompilableException(),
                                });
                            }

                            list.Items.Add(edge);
                        }

                        result.Add(edges.Key, list);
                        break;
                    }

                case ConnectionPageInfo pageInfo:
                    {
                        var info = new CompiledObject(pageInfo.Members.Count);
                        foreach (var field in pageInfo.Members)
                        {
                            info.Add(field.Key, field.Field switch
                            {
                                PageInfoField.Typename => field.TypeName,
                                PageInfoField.HasNextPage => hasNext,
                                PageInfoField.HasPreviousPage => hasPrevious,
                                PageInfoField.StartCursor => cursors is { Count: > 0 } ? cursors[0] : null,
                                PageInfoField.EndCursor => cursors is { Count: > 0 } ? cursors[^1] : null,
                                _ => throw new NotCompilableException(),
                            });
                        }

                        result.Add(pageInfo.Key, info);
                        break;
                    }

                default:
                    throw new NotCompilableException();
            }
        }

        return result;
    }

    private static string Cursor(JsonElement row, int nodeParts, LevelInfo level)
    {
        var keys = new object?[level.CursorKeys.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = level.CursorKeys[i].Decode(row[nodeParts + i]);
        }

        return Querying.Cursor.Encode(level.Order.Fingerprint, keys);
    }

    private CompiledObject DecodeNode(JsonElement value, NodePlan node)
    {
        var result = new CompiledObject(node.Members.Count);
        var index = 0;
        foreach (var member in node.Members)
        {
            switch (member)
            {
                case NodeTypename typename:
                    result.Add(typename.Key, typename.TypeName);
                    break;
                case NodeColumn column:
                    {
                        var decoded = Decoder(node.Entity, column.Property).Decode(value[index++]);
                        if (decoded is null)
                        {
                            // The executor reports a null in a non-null field as an error; that answer is its to give.
                            result.Add(column.Key, column.NonNull ? throw new NotCompilableException() : null);
                        }
                        else
                        {
                            result.Add(column.Key, column.GraphType.Serialize(decoded) ?? throw new NotCompilableException());
                        }

                        break;
                    }

                case NodeReference reference:
                    {
                        var target = value[index++];
                        result.Add(reference.Key, target.ValueKind == JsonValueKind.Null
                            ? reference.NonNull ? throw new NotCompilableException() : null
                            : DecodeNode(target, reference.Target));
                        break;
                    }

                case NodeChildren children:
                    result.Add(children.Key, DecodeConnection(value[index++], children.Connection, _levels[children]));
                    break;
                case NodeAggregate aggregate:
                    result.Add(aggregate.Key, DecodeAggregate(value[index++], aggregate.Aggregate, _aggregates[aggregate]));
                    break;
                default:
                    throw new NotCompilableException();
            }
        }

        return result;
    }
}
