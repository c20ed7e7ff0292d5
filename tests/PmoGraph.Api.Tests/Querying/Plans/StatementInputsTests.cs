using System.Collections;
using System.Globalization;
using System.Text;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Api.Tests.Querying.Plans;

/// <summary>
/// <see cref="StatementInputs"/> writes variable values into cache keys and a plan's remembered inputs: two different
/// sets of values written the same way would share a statement, or let a refused value pass as a remembered one. The
/// proof here is a decoder: for random values over an alphabet made of the encoding's own tags and digits, reading the
/// text back gives exactly the value's shape, types and contents, so the writing is one-to-one.
/// </summary>
public sealed class StatementInputsTests
{
    private const string Alphabet = "0123456789:;$=-,{}[]nstfeidgTODHGk\u00e9";

    [Fact]
    public void Describe_RandomValues_ReadBackExactly()
    {
        var random = new Random(20261206);
        var seen = new Dictionary<string, string>();
        for (var i = 0; i < 20_000; i++)
        {
            var inputs = new Dictionary<string, object?>();
            for (var n = random.Next(0, 4); n > 0; n--)
            {
                inputs[Text(random, 14)] = Value(random, depth: 0);
            }

            var text = StatementInputs.Describe(inputs, int.MaxValue);
            Assert.NotNull(text);
            var expected = Shape(inputs);
            var reader = new Reader(text);
            Assert.Equal(expected, reader.Inputs());
            if (seen.TryGetValue(text, out var earlier))
            {
                Assert.Equal(earlier, expected);
            }

            seen[text] = expected;
        }
    }

    [Fact]
    public void Describe_PastItsLength_IsNothing_WhateverTheValues()
    {
        var inputs = new Dictionary<string, object?> { ["w"] = new Dictionary<string, object?> { ["or"] = Enumerable.Range(0, 10_000).Select(i => (object?)i).ToList() } };
        Assert.Null(StatementInputs.Describe(inputs, 512));
        Assert.Null(StatementInputs.Describe(new Dictionary<string, object?> { ["s"] = new string('x', 600) }, 512));
        Assert.NotNull(StatementInputs.Describe(new Dictionary<string, object?> { ["s"] = new string('x', 400) }, 512));
        Assert.Null(StatementInputs.Describe(new Dictionary<string, object?> { [new string('k', 1_000_000)] = null }, 512));
        Assert.Null(StatementInputs.Describe(new Dictionary<string, object?> { ["w"] = new Dictionary<string, object?> { [new string('k', 1_000_000)] = null } }, 512));
        Assert.Null(StatementInputs.Describe(new Dictionary<string, object?> { ["n"] = System.Numerics.BigInteger.Pow(10, 100_000) }, 512));
    }

    private static object? Value(Random random, int depth) => random.Next(depth < 3 ? 19 : 17) switch
    {
        15 => new System.Numerics.BigInteger(random.NextInt64()) * random.Next(-3, 3),
        16 => (ulong)random.NextInt64() * 2,
        17 => Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value(random, depth + 1)).ToList(),
        18 => Map(random, depth),
        0 => null,
        1 => Text(random, 5),
        2 => random.Next(2) == 0,
        3 => random.Next(-20, 200),
        4 => (long)random.Next(-20, 200),
        5 => new decimal(random.Next(0, 5000), 0, 0, random.Next(2) == 0, (byte)random.Next(0, 4)),
        6 => random.Next(0, 30) / 4.0,
        7 => (LifecycleStage)random.Next(0, 6),
        8 => new DateTime(2026, 1, 1 + random.Next(0, 20), 0, 0, 0, random.Next(2) == 0 ? DateTimeKind.Utc : DateTimeKind.Unspecified),
        9 => new DateOnly(2026, 1, 1 + random.Next(0, 20)),
        10 => new Guid(random.Next(), 0, 0, new byte[8]),
        11 => (float)(random.Next(0, 30) / 8.0),
        12 => Text(random, 2),
        13 => Text(random, 14),
        _ => (object)TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(random.Next(0, 86_400))),
    };

    private static Dictionary<string, object?> Map(Random random, int depth)
    {
        var map = new Dictionary<string, object?>();
        for (var n = random.Next(0, 4); n > 0; n--)
        {
            map[Text(random, 14)] = Value(random, depth + 1);
        }

        return map;
    }

    private static string Text(Random random, int maxLength) =>
        new([.. Enumerable.Range(0, random.Next(0, maxLength + 1)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

    /// <summary>The value's shape, types and contents as plain text of the test's own making.</summary>
    private static string Shape(IReadOnlyDictionary<string, object?> inputs) =>
        string.Concat(inputs.Select(i => $"<var {Quote(i.Key)} {Shape(i.Value)}>"));

    private static string Shape(object? value) => value switch
    {
        null => "null",
        string s => $"string {Quote(s)}",
        bool b => $"bool {b}",
        Enum e => $"enum {e.GetType().Name} {e.ToString("D")}",
        double d => $"double {d.ToString("R", CultureInfo.InvariantCulture)}",
        float f => $"float {f.ToString("R", CultureInfo.InvariantCulture)}",
        DateTime dt => $"datetime {dt.Ticks} {dt.Kind}",
        DateOnly date => $"date {date.DayNumber}",
        TimeOnly time => $"time {time.Ticks}",
        decimal m => $"decimal {string.Join('/', decimal.GetBits(m))}",
        System.Numerics.BigInteger big => $"big {Convert.ToBase64String(big.ToByteArray())}",
        Guid guid => $"guid {guid:N}",
        IDictionary<string, object?> map => $"map {map.GetType().Name} ({string.Concat(map.Select(m => $"<{Quote(m.Key)} {Shape(m.Value)}>"))})",
        IEnumerable list => $"list {list.GetType().Name} ({string.Join(' ', list.Cast<object?>().Select(Shape))})",
        _ => $"number {value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };

    private static string Quote(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>A strict reader of the written text, giving the same shape text as <see cref="Shape(object?)"/>.</summary>
    private sealed class Reader(string text)
    {
        private readonly Dictionary<string, string> _types = [];
        private int _at;

        public string Inputs()
        {
            var shape = new StringBuilder();
            while (_at < text.Length)
            {
                Expect('$');
                var name = Counted();
                Expect('=');
                shape.Append($"<var {Quote(name)} {Value()}>");
            }

            return shape.ToString();
        }

        private string Value()
        {
            var tag = text[_at++];
            switch (tag)
            {
                case 'n':
                    return "null";
                case 's':
                    return $"string {Quote(Counted())}";
                case 't' or 'f':
                    return $"bool {tag == 't'}";
                case 'e':
                    {
                        _ = Until(':');
                        return $"enum {nameof(LifecycleStage)} {Until(';')}";
                    }

                case 'i':
                    {
                        var type = Until(':');
                        return $"number {type} {Until(';')}";
                    }

                case 'd':
                    return $"double {Until(';')}";
                case 'g':
                    return $"float {Until(';')}";
                case 'T':
                    {
                        var parsed = DateTime.ParseExact(Until(';'), "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
                        var kind = (DateTimeKind)(text[_at++] - '0');
                        return $"datetime {parsed.Ticks} {kind}";
                    }

                case 'D':
                    return $"date {DateOnly.ParseExact(Until(';'), "O", CultureInfo.InvariantCulture).DayNumber}";
                case 'H':
                    return $"time {TimeOnly.ParseExact(Until(';'), "O", CultureInfo.InvariantCulture).Ticks}";
                case 'm':
                    return $"decimal {Until(';').Replace(',', '/')}";
                case 'b':
                    return $"big {Convert.ToBase64String(System.Numerics.BigInteger.Parse(Until(';'), CultureInfo.InvariantCulture).ToByteArray())}";
                case 'G':
                    {
                        var guid = text.Substring(_at, 32);
                        _at += 32;
                        return $"guid {guid}";
                    }

                case '{':
                    {
                        var type = Type(Until(':'), "Dictionary`2");
                        var count = int.Parse(Until(':'), CultureInfo.InvariantCulture);
                        var members = new StringBuilder();
                        for (var i = 0; i < count; i++)
                        {
                            Expect('k');
                            var key = Counted();
                            members.Append($"<{Quote(key)} {Value()}>");
                        }

                        Expect('}');
                        return $"map {type} ({members})";
                    }

                case '[':
                    {
                        var type = Type(Until(':'), "List`1");
                        var items = new List<string>();
                        while (text[_at] != ']')
                        {
                            items.Add(Value());
                            Expect(',');
                        }

                        _at++;
                        return $"list {type} ({string.Join(' ', items)})";
                    }

                default:
                    throw new FormatException($"unexpected '{tag}' at {_at - 1} of {text}");
            }
        }

        /// <summary>A type number read back: the test only makes one dictionary and one list type, so one number each.</summary>
        private string Type(string number, string name)
        {
            if (_types.TryGetValue(name, out var known))
            {
                Assert.Equal(known, number);
            }

            Assert.DoesNotContain(_types, t => t.Key != name && t.Value == number);
            _types[name] = number;
            return name;
        }

        private string Counted()
        {
            var length = int.Parse(Until(':'), CultureInfo.InvariantCulture);
            var value = text.Substring(_at, length);
            _at += length;
            return value;
        }

        private string Until(char end)
        {
            var stop = text.IndexOf(end, _at);
            Assert.True(stop >= 0, $"no '{end}' after {_at} in {text}");
            var value = text[_at..stop];
            _at = stop + 1;
            return value;
        }

        private void Expect(char expected)
        {
            Assert.True(_at < text.Length && text[_at] == expected, $"'{expected}' expected at {_at} of {text}");
            _at++;
        }
    }
}
