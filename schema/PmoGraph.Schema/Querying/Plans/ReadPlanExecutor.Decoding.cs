using System.Buffers;
using System.Text.Json;

namespace PmoGraph.Schema.Querying;

/// <summary>The store's JSON of a root field, decoded into the response values the plan's fields expect.</summary>
internal sealed partial class ReadPlanExecutor
{
    private CompiledObject DecodeConnection(JsonElement value, ConnectionPlan connection, LevelInfo level)
    {
        var request = level.Request;
        var parts = value.EnumerateArray();
        var read = Next(ref parts);
        var total = Next(ref parts);
        var farSideValue = Next(ref parts);
        var farSide = farSideValue.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => farSideValue.GetInt64() != 0,
            _ => false,
        };

        // The page's rows in answer order (reversed when read from the end), without the look-ahead row.
        var readCount = read.GetArrayLength();
        var more = readCount > request.Size;
        var count = Math.Min(readCount, request.Size);
        var rows = count == 0 ? [] : ArrayPool<JsonElement>.Shared.Rent(count);
        try
        {
            var at = 0;
            foreach (var row in read.EnumerateArray())
            {
                if (at == count)
                {
                    break;
                }

                rows[request.FromEnd ? count - 1 - at : at] = row;
                at++;
            }

            var hasNext = request.FromEnd ? farSide : more;
            var hasPrevious = request.FromEnd ? more : farSide;
            var cursors = connection.SelectsCursors ? Cursors(rows, count, connection.Nodes.Count, level) : null;
            return ConnectionObject(connection, rows.AsSpan(0, count), total, cursors, hasNext, hasPrevious);
        }
        finally
        {
            if (count > 0)
            {
                ArrayPool<JsonElement>.Shared.Return(rows, clearArray: true);
            }
        }
    }

    private CompiledObject ConnectionObject(
        ConnectionPlan connection, ReadOnlySpan<JsonElement> rows, JsonElement total, string[]? cursors, bool hasNext, bool hasPrevious)
    {
        var members = connection.Members;
        var result = new CompiledObject(members.Count);
        var part = 0;
        for (var m = 0; m < members.Count; m++)
        {
            switch (members[m])
            {
                case ConnectionTypename typename:
                    result.Add(typename.Key, typename.TypeName);
                    break;
                case ConnectionTotal connectionTotal:
                    result.Add(connectionTotal.Key, total.GetInt32());
                    break;
                case ConnectionNodes nodes:
                    {
                        var index = part++;
                        var list = new CompiledList(rows.Length);
                        foreach (var row in rows)
                        {
                            list.Add(DecodeNode(row[index], nodes.Node));
                        }

                        result.Add(nodes.Key, list);
                        break;
                    }

                case ConnectionEdges edges:
                    {
                        var list = new CompiledList(rows.Length);
                        var first = part;
                        var edgeMembers = edges.Members;
                        for (var e = 0; e < edgeMembers.Count; e++)
                        {
                            part += edgeMembers[e] is EdgeNode ? 1 : 0;
                        }

                        for (var i = 0; i < rows.Length; i++)
                        {
                            var edge = new CompiledObject(edgeMembers.Count);
                            var index = first;
                            for (var e = 0; e < edgeMembers.Count; e++)
                            {
                                var edgeMember = edgeMembers[e];
                                edge.Add(edgeMember.Key, edgeMember switch
                                {
                                    EdgeTypename typename => typename.TypeName,
                                    EdgeCursor => cursors![i],
                                    EdgeNode node => DecodeNode(rows[i][index++], node.Node),
                                    _ => throw new NotCompilableException(),
                                });
                            }

                            list.Add(edge);
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
                                PageInfoField.StartCursor => cursors is { Length: > 0 } ? cursors[0] : null,
                                PageInfoField.EndCursor => cursors is { Length: > 0 } ? cursors[^1] : null,
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

    private static string[] Cursors(JsonElement[] rows, int count, int nodeParts, LevelInfo level)
    {
        var cursors = new string[count];
        for (var i = 0; i < count; i++)
        {
            cursors[i] = Cursor(rows[i], nodeParts, level);
        }

        return cursors;
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
        var members = node.Members;
        var decoders = NodeDecoders(node);
        var result = new CompiledObject(members.Count);
        var values = value.EnumerateArray();
        for (var m = 0; m < members.Count; m++)
        {
            switch (members[m])
            {
                case NodeTypename typename:
                    result.Add(typename.Key, typename.TypeName);
                    break;
                case NodeColumn column:
                    {
                        var decoded = decoders[m]!.Decode(Next(ref values));
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
                        var target = Next(ref values);
                        result.Add(reference.Key, target.ValueKind == JsonValueKind.Null
                            ? reference.NonNull ? throw new NotCompilableException() : null
                            : DecodeNode(target, reference.Target));
                        break;
                    }

                case NodeChildren children:
                    result.Add(children.Key, DecodeConnection(Next(ref values), children.Connection, _levels[children]));
                    break;
                case NodeAggregate aggregate:
                    result.Add(aggregate.Key, DecodeAggregate(Next(ref values), aggregate.Aggregate, _aggregates[aggregate]));
                    break;
                default:
                    throw new NotCompilableException();
            }
        }

        return result;
    }

    /// <summary>The decoders of a node's columns by member position (null for other members), looked up once per request.</summary>
    private ColumnDecoder?[] NodeDecoders(NodePlan node)
    {
        if (!_nodeDecoders.TryGetValue(node, out var decoders))
        {
            decoders = new ColumnDecoder?[node.Members.Count];
            for (var m = 0; m < decoders.Length; m++)
            {
                decoders[m] = node.Members[m] is NodeColumn column ? Decoder(node.Entity, column.Property) : null;
            }

            _nodeDecoders[node] = decoders;
        }

        return decoders;
    }

    /// <summary>The next value of a JSON array the statement wrote; a shorter array than planned is not this path's to answer.</summary>
    private static JsonElement Next(ref JsonElement.ArrayEnumerator values) =>
        values.MoveNext() ? values.Current : throw new NotCompilableException("The statement's JSON has fewer values than planned.");
}
