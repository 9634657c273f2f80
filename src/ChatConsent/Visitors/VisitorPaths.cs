namespace ChatConsent.Visitors;

/// <summary>The paths the consent gate stands in front of.</summary>
public static class VisitorPaths
{
    public const string Hub = "/hubs/visitor";

    public const string Api = "/api/visitor";

    public static bool IsGated(PathString path) => path.StartsWithSegments(Hub) || path.StartsWithSegments(Api);
}
