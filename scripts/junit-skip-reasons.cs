// Copies each skipped test's reason from the TRX reports into the JUnit reports beside them.
// JunitXml.TestLogger writes a bare <skipped /> (it has no option to keep the reason), and CI
// systems that read JUnit then show skips without saying why; the TRX logger of the same run has
// the reason. Run after `dotnet test` with reports enabled (runsettings/ci.runsettings, gpu.runsettings):
//
//   dotnet run scripts/junit-skip-reasons.cs -- TestResults
using System.Xml.Linq;

var folder = args.Length > 0 ? args[0] : "TestResults";
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"junit-skip-reasons: '{folder}' is not a folder");
    return 2;
}

XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var file in Directory.EnumerateFiles(folder, "*.trx", SearchOption.AllDirectories))
{
    foreach (var result in XDocument.Load(file).Descendants(trx + "UnitTestResult"))
    {
        var message = result.Element(trx + "Output")?.Element(trx + "ErrorInfo")?.Element(trx + "Message")?.Value;
        if ((string?)result.Attribute("outcome") == "NotExecuted" && result.Attribute("testName") is { } name && !string.IsNullOrEmpty(message))
        {
            reasons[name.Value] = message;
        }
    }
}

var written = 0;
foreach (var file in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories))
{
    var document = XDocument.Load(file);
    if (document.Root?.Name != "testsuites")
    {
        continue;
    }

    // The logger names a case by its class and its display name; TRX by both joined with a dot.
    var missing = document.Descendants("skipped").Where(skipped => skipped.Attribute("message") is null && skipped.Parent is not null);
    foreach (var skipped in missing.ToList())
    {
        var testcase = skipped.Parent!;
        if (reasons.TryGetValue($"{(string?)testcase.Attribute("classname")}.{(string?)testcase.Attribute("name")}", out var reason))
        {
            skipped.SetAttributeValue("message", reason);
            written++;
        }
    }

    document.Save(file);
}

Console.WriteLine($"junit-skip-reasons: {written} skip reason(s) written into the JUnit reports under {folder}");
return 0;
