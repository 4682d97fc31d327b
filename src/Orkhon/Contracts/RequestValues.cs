namespace Orkhon.Contracts;

/// <summary>
/// A request's parameters as both front ends receive them, text by name: the API from its query string,
/// the command line from its options. Parsing them in one place is what makes the two answer alike.
/// </summary>
public sealed class RequestValues
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a value; null (an option not given) is left out, so "absent" means the same on both sides.</summary>
    public RequestValues Add(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            _values[name] = [.. All(name), value];
        }

        return this;
    }

    public RequestValues Add(string name, IEnumerable<string>? values)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var v in values ?? [])
        {
            Add(name, v);
        }

        return this;
    }

    /// <summary>The parameter's value; when it was given more than once, the last (as a command line reads a repeated option).</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var list) && list.Count > 0 ? list[^1] : null;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];

    /// <summary>A yes/no flag: absent is no; <c>true</c>, <c>1</c> or an empty value (a bare <c>?weighted</c>) is yes.</summary>
    public bool TryGetFlag(string name, out bool value, out RequestError? error)
    {
        error = null;
        value = false;
        switch (Get(name)?.Trim().ToLowerInvariant())
        {
            case null or "false" or "0":
                return true;
            case "" or "true" or "1":
                value = true;
                return true;
            default:
                error = new RequestError(name, $"'{Get(name)}' is not true or false");
                return false;
        }
    }
}
