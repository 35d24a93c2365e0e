using System.Text;

namespace TeleRad.Dicom.Generator.Sources;

/// <summary>
/// A tokenizer for the small subset of Python literal syntax used by pydicom's generated tables: string literals
/// in single or double quotes with backslash escapes, the punctuation <c>{ } ( ) : , =</c>, bare names, and
/// <c>#</c> comments. It lets the generator read the table as text, without running Python.
/// </summary>
public sealed class PythonLiteralReader
{
    private readonly string _text;
    private int _position;

    /// <summary>Starts reading <paramref name="text"/> at its beginning.</summary>
    public PythonLiteralReader(string text) => _text = text;

    /// <summary>The 1-based line of the current position, for error messages.</summary>
    public int Line => 1 + _text.AsSpan(0, _position).Count('\n');

    /// <summary>True when only whitespace and comments remain.</summary>
    public bool AtEnd
    {
        get
        {
            SkipTrivia();
            return _position >= _text.Length;
        }
    }

    /// <summary>The next punctuation character without consuming it, or '\0' when the next token is not punctuation.</summary>
    public char PeekPunctuation()
    {
        SkipTrivia();
        return _position < _text.Length && IsPunctuation(_text[_position]) ? _text[_position] : '\0';
    }

    /// <summary>Consumes the punctuation character <paramref name="expected"/>.</summary>
    public void Expect(char expected)
    {
        if (PeekPunctuation() != expected)
            throw Error($"expected '{expected}'");
        _position++;
    }

    /// <summary>Consumes a bare name such as <c>UID_dictionary</c>.</summary>
    public string ReadName()
    {
        SkipTrivia();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
            _position++;
        if (_position == start)
            throw Error("expected a name");
        return _text[start.._position];
    }

    /// <summary>Consumes a string literal and returns its value.</summary>
    public string ReadString()
    {
        SkipTrivia();
        if (_position >= _text.Length || (_text[_position] != '\'' && _text[_position] != '"'))
            throw Error("expected a string literal");
        var quote = _text[_position++];
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length || _text[_position] == '\n')
                throw Error("unterminated string literal");
            var c = _text[_position++];
            if (c == quote)
                return value.ToString();
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            if (_position >= _text.Length)
                throw Error("unterminated string literal");
            var escaped = _text[_position++];
            value.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                '\\' or '\'' or '"' => escaped,
                _ => throw Error($"unsupported escape '\\{escaped}'"),
            });
        }
    }

    private static bool IsPunctuation(char c) => c is '{' or '}' or '(' or ')' or ':' or ',' or '=';

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '#')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                    _position++;
            }
            else
            {
                return;
            }
        }
    }

    private FormatException Error(string message) => new($"Python literal, line {Line}: {message}.");
}
