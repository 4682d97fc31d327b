using Orkhon.Contracts;
using Spectre.Console;

namespace Orkhon.Cli.Output;

/// <summary>
/// The line under every table measured by a framework's pillars: whether the pillars are an adopted policy
/// document or an analyst's construct, and where they come from. A reader should never take the project's
/// own grouping (mongolia-2023) for a government's.
/// </summary>
internal static class FrameworkFooter
{
    public static void Write(FrameworkSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var line = Markup.Escape(source.Footer());
        AnsiConsole.MarkupLine(source.Kind == Analysis.Frameworks.FrameworkProvenances.AnalystConstruct ? $"[yellow]{line}[/]" : $"[grey]{line}[/]");
    }
}
