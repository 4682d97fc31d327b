using Spectre.Console;
using Spectre.Console.Rendering;

namespace Orkhon.Cli.Output;

/// <summary>
/// A table that fits the terminal. Spectre.Console squeezes a table wider than the console into
/// one-character columns; here each column has a priority instead, and the least important columns are
/// left out until every column can show its longest word. What was left out is said under the table;
/// <c>--wide</c> shows every column at its natural width, however wide the terminal.
/// </summary>
internal sealed class FittedTable
{
    /// <summary>The priority of a column that is always shown.</summary>
    public const int Essential = 0;

    private readonly List<(TableColumn Column, string Name, int Priority)> _columns = [];
    private readonly List<IRenderable[]> _rows = [];
    private readonly Action<Table>? _configure;

    /// <param name="configure">Border, title, expansion: applied to the table whichever columns it keeps.</param>
    public FittedTable(Action<Table>? configure = null) => _configure = configure;

    public int RowCount => _rows.Count;

    /// <summary>Adds a column; a higher <paramref name="priority"/> is left out sooner (ties: the rightmost first).</summary>
    public FittedTable AddColumn(TableColumn column, int priority = Essential)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentOutOfRangeException.ThrowIfNegative(priority);
        var name = Plain(column.Header);
        _columns.Add((column, name, priority));
        return this;
    }

    public FittedTable AddColumn(string header, int priority = Essential) => AddColumn(new TableColumn(header), priority);

    /// <summary>Adds a row of markup cells, one per column.</summary>
    public void AddRow(params string[] cells) => AddRow(cells.Select(c => (IRenderable)new Markup(c)).ToArray());

    public void AddRow(params IRenderable[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"a row of {cells.Length} cells for {_columns.Count} columns", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table to the console, fitted to its width unless <see cref="ConsoleWidth.Wide"/>.</summary>
    public void Write()
    {
        var console = AnsiConsole.Console;
        var width = console.Profile.Width;
        var options = RenderOptions.Create(console);
        var kept = Enumerable.Range(0, _columns.Count).ToList();
        if (ConsoleWidth.Wide)
        {
            var table = Build(kept);
            var natural = ((IRenderable)table).Measure(options, ConsoleWidth.MaxWide).Max;
            ConsoleWidth.WithWidth(Math.Max(width, Math.Min(natural, ConsoleWidth.MaxWide)), () => console.Write(table));
            return;
        }

        var fitted = Build(kept);
        while (((IRenderable)fitted).Measure(options, width).Min > width && LeastImportant(kept) is { } drop)
        {
            kept.Remove(drop);
            fitted = Build(kept);
        }

        console.Write(fitted);
        var hidden = Enumerable.Range(0, _columns.Count).Except(kept).Select(i => _columns[i].Name).ToList();
        if (hidden.Count > 0)
        {
            console.MarkupLine($"[grey]Not shown at {width} columns: {Markup.Escape(string.Join(", ", hidden))} (--wide shows every column)[/]");
        }
    }

    private int? LeastImportant(List<int> kept)
    {
        int? least = null;
        foreach (var i in kept)
        {
            if (_columns[i].Priority != Essential && (least is null || _columns[i].Priority >= _columns[least.Value].Priority))
            {
                least = i;
            }
        }

        return least;
    }

    private Table Build(List<int> kept)
    {
        var table = new Table();
        _configure?.Invoke(table);
        foreach (var i in kept)
        {
            table.AddColumn(_columns[i].Column);
        }

        foreach (var row in _rows)
        {
            table.AddRow(kept.Select(i => row[i]));
        }

        return table;
    }

    private static string Plain(IRenderable header)
    {
        var segments = header.Render(RenderOptions.Create(AnsiConsole.Console), int.MaxValue / 2);
        return string.Concat(segments.Where(s => !s.IsControlCode && !s.IsLineBreak).Select(s => s.Text)).Trim();
    }
}
