using System.Collections.Frozen;
using System.Text;

namespace Orkhon.Text;

/// <summary>
/// Latin letters with diacritics folded to their base letters ("Khurelsükh" → "Khurelsukh", "Erdoğan" → "Erdogan"). The
/// projects build with invariant globalisation, under which <see cref="string.Normalize(NormalizationForm)"/> decomposes
/// nothing, so names cannot be folded by dropping the marks of a decomposed string. The table holds every letter of
/// U+00C0–U+024F and U+1E00–U+1EFF whose canonical decomposition (Unicode's UnicodeData.txt,
/// https://www.unicode.org/Public/UCD/latest/ucd/UnicodeData.txt) is one ASCII letter and marks, and the Latin letters with
/// no decomposition that names spell without their stroke or ligature (ø, đ, ł, æ, œ, ß, þ, ı).
/// </summary>
public static class LatinLetterFolds
{
    private const string Marked =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵ" +
        "ĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻ" +
        "ȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷ" +
        "ḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạ" +
        "ẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string Bases =
        "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJj" +
        "KkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAa" +
        "AaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLl" +
        "LlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAa" +
        "AaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";

    private static readonly FrozenDictionary<char, string> s_folds = Build();

    /// <summary>The text with every listed letter replaced by its base letters; text with none is returned as it is.</summary>
    public static string Fold(string text)
    {
        var at = 0;
        while (at < text.Length && !s_folds.ContainsKey(text[at]))
        {
            at++;
        }

        if (at == text.Length)
        {
            return text;
        }

        var folded = new StringBuilder(text.Length + 4).Append(text, 0, at);
        for (; at < text.Length; at++)
        {
            if (s_folds.TryGetValue(text[at], out var letters))
            {
                folded.Append(letters);
            }
            else
            {
                folded.Append(text[at]);
            }
        }

        return folded.ToString();
    }

    private static FrozenDictionary<char, string> Build()
    {
        var folds = new Dictionary<char, string>
        {
            ['Ø'] = "O", ['ø'] = "o", ['Đ'] = "D", ['đ'] = "d", ['Ł'] = "L", ['ł'] = "l", ['Æ'] = "AE", ['æ'] = "ae",
            ['Œ'] = "OE", ['œ'] = "oe", ['ß'] = "ss", ['Þ'] = "Th", ['þ'] = "th", ['ı'] = "i",
        };
        for (var i = 0; i < Marked.Length; i++)
        {
            folds[Marked[i]] = Bases[i].ToString();
        }

        return folds.ToFrozenDictionary();
    }
}
