#include "intake/csv.h"
