namespace PmoGraph.Reports.Access;

/// <summary>A view the caller's role does not read: answered 403 with <see cref="Code"/>.</summary>
public sealed class ViewAccessDeniedException(string view, string message) : Exception(message)
{
    public const string Code = "VIEW_FORBIDDEN";

    public string View { get; } = view;
}
