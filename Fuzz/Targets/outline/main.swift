import FuzzerMain

// libFuzzer feeds each input to the outline reader (`FuzzTargets.run("outline", _:)`).
FuzzerMain.run("outline")
