using System.Globalization;
using Spectre.Console;

namespace Orkhon.Cli;

/// <summary>
/// Tables written to a pipe or file would otherwise be squeezed into 80 columns; honour <c>COLUMNS</c>
/// when set and use a comfortable width when there is no terminal to measure.
/// </summary>
internal static class ConsoleWidth
{
    private const int RedirectedWidth = 160;

    /// <summary>The widest a <c>--wide</c> table is drawn: a bound on lines a terminal or pager has to hold.</summary>
    public const int MaxWide = 1000;

    /// <summary>
    /// <c>--wide</c>: tables show every column at its natural width instead of leaving columns out to fit
    /// the terminal. Set once from the command line, like the width itself.
    /// </summary>
    public static bool Wide { get; set; }

    public static void Apply()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 40)
        {
            AnsiConsole.Profile.Width = columns;
        }
        else if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = RedirectedWidth;
        }
    }

    /// <summary>Runs <paramref name="write"/> with the console <paramref name="width"/> wide, then restores the width.</summary>
    public static void WithWidth(int width, Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var saved = AnsiConsole.Profile.Width;
        AnsiConsole.Profile.Width = width;
        try
        {
            write();
        }
        finally
        {
            AnsiConsole.Profile.Width = saved;
        }
    }
}
