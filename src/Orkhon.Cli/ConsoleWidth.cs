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
}
