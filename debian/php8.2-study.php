mod debian/study.ini
