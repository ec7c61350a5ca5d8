#!/usr/bin/env python3
"""The open data catalogue of a built site checked by the tools data portals use.

usage: opendata_test.py PUBLIC

- du-lieu/datapackage.json validated by PyPI frictionless (the package, every resource, every row
  against its Table Schema);
- du-lieu/catalog.jsonld parsed as JSON-LD by rdflib: one dcat:Catalog, one dcat:Dataset per
  resource of the package, each with a licence (or its source's rights) and a CSV distribution whose file exists;
- du-lieu/du-lieu-nang-suat.zip read by zipfile: every CRC right, and it holds exactly the
  package's CSVs and datapackage.json, byte for byte as published.
Exits 1 on any problem.
"""
import json, os, sys, zipfile

def main(public):
    folder = os.path.join(public, "du-lieu")
    problems = []
    import frictionless
    report = frictionless.validate(os.path.join(folder, "datapackage.json"))
    if not report.valid:
        for task in report.tasks:
            for error in task.errors[:5]:
                problems.append(f"frictionless: {task.name}: {error.message}")
        for error in report.errors[:5]:
            problems.append(f"frictionless: {error.message}")
    package = json.load(open(os.path.join(folder, "datapackage.json"), encoding="utf-8"))
    resources = [r["path"] for r in package["resources"]]

    import rdflib
    from rdflib.namespace import RDF, DCAT, DCTERMS
    graph = rdflib.Graph().parse(os.path.join(folder, "catalog.jsonld"), format="json-ld")
    catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
    datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
    if len(catalogs) != 1:
        problems.append(f"dcat: {len(catalogs)} catalogues, not 1")
    if len(datasets) != len(resources):
        problems.append(f"dcat: {len(datasets)} datasets for {len(resources)} resources of the package")
    for ds in datasets:
        # A licence of the site's, or the rights of its source (official statistics keep their source's conditions).
        if (graph.value(ds, DCTERMS.license) is None and graph.value(ds, DCTERMS.rights) is None) or graph.value(ds, DCTERMS.title) is None:
            problems.append(f"dcat: {ds} has no licence, rights or title")
        urls = [graph.value(d, DCAT.downloadURL) for d in graph.objects(ds, DCAT.distribution)]
        if not urls:
            problems.append(f"dcat: {ds} has no distribution")
        for url in urls:
            name = str(url).rsplit("/", 1)[-1]
            if name not in resources or not os.path.exists(os.path.join(folder, name)):
                problems.append(f"dcat: {url} is not a file of the catalogue")

    with zipfile.ZipFile(os.path.join(folder, "du-lieu-nang-suat.zip")) as z:
        bad = z.testzip()
        if bad:
            problems.append(f"zip: {bad} fails its CRC")
        names = z.namelist()
        if sorted(names) != sorted(resources + ["datapackage.json"]):
            problems.append(f"zip: holds {sorted(names)}, not the package's files")
        for name in names:
            if z.read(name) != open(os.path.join(folder, name), "rb").read():
                problems.append(f"zip: {name} differs from the published file")

    print(f"open data: {len(resources)} datasets, {len(datasets)} in the DCAT catalogue, {len(problems)} problems")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
