using Orkhon.Reading;

namespace Orkhon.Tests.Reading;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("a\u001B[31mred.txt", "a\\x1B[31mred.txt")] // ESC: colour and cursor sequences
    [InlineData("a\nb.txt", "a\\nb.txt")] // a newline forges a line of output
    [InlineData("a\rb", "a\\rb")] // a carriage return overwrites what came before
    [InlineData("a\tb", "a\\tb")]
    [InlineData("\u0007\u0000\u007F", "\\x07\\x00\\x7F")] // BEL, NUL, DEL
    [InlineData("a\u009B31mb", "a\\u009B31mb")] // C1 CSI: the one-character ESC [
    [InlineData("a\u0085b", "a\\u0085b")] // C1 next line
    [InlineData("invoice\u202Etxt.exe", "invoice\\u202Etxt.exe")] // right-to-left override shows a name backwards
    [InlineData("\u2066x\u2069 \u200F \u061C", "\\u2066x\\u2069 \\u200F \\u061C")] // isolates and marks
    [InlineData("line\u2028sep", "line\\u2028sep")]
    public void Escape_ControlAndBidiCharacters_AreShownEscaped(string raw, string shown) =>
        Assert.Equal(shown, TerminalText.Escape(raw));

    [Theory]
    [InlineData("docs/Өргөө.txt")] // Cyrillic
    [InlineData("新闻/北京.md")]
    [InlineData("a b\\c 'q'.html")] // spaces, backslash and quotes are printable: kept
    [InlineData("")]
    public void Escape_PrintableText_IsTheSameString(string text) =>
        Assert.Same(text, TerminalText.Escape(text));

    [Fact]
    public void ReadProblemToString_ControlCharactersInPathAndMessage_AreEscapedButTheRecordKeepsThemRaw()
    {
        var problem = new ReadProblem("d/\u001B[2Jx\n.txt", "bad \u001B]0;title\u0007", ByteOffset: 4, Line: 2);
        Assert.Equal("d/\\x1B[2Jx\\n.txt:2 (byte 4): bad \\x1B]0;title\\x07", problem.ToString());
        Assert.Equal("d/\u001B[2Jx\n.txt", problem.Path);
    }
}
