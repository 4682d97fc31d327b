namespace Orkhon.Cli;

/// <summary>Where the database lives: <c>--db</c>, else <c>ORKHON_DB</c>, else the user's data directory.</summary>
public static class DatabaseLocation
{
    public const string EnvironmentVariable = "ORKHON_DB";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(data) ? "orkhon.db" : Path.Combine(data, "orkhon", "orkhon.db");
    }
}
